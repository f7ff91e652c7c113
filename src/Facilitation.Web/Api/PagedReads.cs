using Facilitation.Domain.Paging;

namespace Facilitation.Web.Api;

/// <summary>
/// Reads a list that an entity answers a page at a time (<see cref="Page{T}"/>) to its end: every
/// answer that crosses the cluster stays under remoting's frame, while the HTTP answer can hold
/// the whole list (the kiosk searches every member; the rooms' page shows a whole day).
/// </summary>
public static class PagedReads
{
    /// <exception cref="Akka.Actor.AskTimeoutException">a page did not come in time.</exception>
    public static async Task<List<T>> All<T>(Func<string?, Task<Page<T>>> read)
    {
        var items = new List<T>();
        string? after = null;
        do
        {
            var page = await read(after);
            items.AddRange(page.Items);
            if (page.Next is not null && after is not null && string.CompareOrdinal(page.Next, after) <= 0)
                throw new InvalidOperationException($"a page's cursor went back from '{after}' to '{page.Next}'");
            after = page.Next;
        }
        while (after is not null);
        return items;
    }
}
