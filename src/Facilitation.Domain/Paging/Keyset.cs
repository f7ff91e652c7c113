namespace Facilitation.Domain.Paging;

/// <summary>Cutting a list into <see cref="Page{T}"/>s by the items' keys, so that a page goes on where the last one ended.</summary>
public static class Keyset
{
    /// <summary>The longest cursor a caller may send: no key made here is longer.</summary>
    public const int MaxCursorLength = 80;

    /// <summary>A cursor after every key (keys are made of ASCII): asks for nothing more of a list.</summary>
    public const string AfterEverything = "\uffff";

    /// <summary>
    /// The items whose key comes after <paramref name="after"/> (all of them when null), in the
    /// ordinal order of their keys, at most <paramref name="size"/>; the page's cursor is its last
    /// item's key when more follow. Keys must be unique. An item added or removed between two
    /// pages moves no other item: nothing is read twice, and nothing that stayed is skipped.
    /// </summary>
    public static Page<T> Page<T>(IEnumerable<T> items, Func<T, string> key, string? after, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var ordered = items.Select(item => (Key: key(item), Item: item)).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        var first = after is null ? 0 : FirstAfter(ordered, after);
        var taken = ordered.Skip(first).Take(size).ToList();
        var more = first + taken.Count < ordered.Count;
        return new Page<T>(taken.Select(t => t.Item).ToList(), ordered.Count, more ? taken[^1].Key : null);
    }

    /// <summary>A key that sorts by time, then by id: the instant's ticks in UTC, fixed width, then the id.</summary>
    public static string TimeKey(DateTimeOffset at, string id) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{at.UtcTicks:D19}|{id}");

    private static int FirstAfter<T>(List<(string Key, T Item)> ordered, string after)
    {
        var low = 0;
        var high = ordered.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(ordered[middle].Key, after) <= 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
