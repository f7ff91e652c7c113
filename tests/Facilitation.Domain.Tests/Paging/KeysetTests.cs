using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Facilitation.Domain.Paging;

namespace Facilitation.Domain.Tests.Paging;

public class KeysetTests
{
    /// <summary>Every page from the first, each asked with the last one's cursor.</summary>
    private static List<Page<string>> Walk(IReadOnlyList<string> items, int size)
    {
        var pages = new List<Page<string>>();
        string? after = null;
        do
        {
            var page = Keyset.Page(items, k => k, after, size);
            pages.Add(page);
            after = page.Next;
        }
        while (after is not null && pages.Count <= items.Count + 1);
        return pages;
    }

    [Property(MaxTest = 300)]
    public void Walking_the_pages_gives_every_item_once_in_the_order_of_the_keys_and_no_page_is_over_its_size(NonEmptyString[] keys, PositiveInt size)
    {
        var items = keys.Select(k => k.Get).Distinct().ToList();
        var pageSize = size.Get % 7 + 1;

        var pages = Walk(items, pageSize);

        Assert.Equal(items.Order(StringComparer.Ordinal), pages.SelectMany(p => p.Items));
        Assert.All(pages, p => Assert.InRange(p.Items.Count, 0, pageSize));
        Assert.All(pages, p => Assert.Equal(items.Count, p.Total));
        Assert.Null(pages[^1].Next);
        Assert.All(pages[..^1], p => Assert.Equal(pageSize, p.Items.Count));
    }

    [Property(MaxTest = 300)]
    public void An_item_removed_or_added_between_two_pages_moves_no_other(NonEmptyString[] keys, NonEmptyString added, PositiveInt size)
    {
        var items = keys.Select(k => k.Get).Distinct().Order(StringComparer.Ordinal).ToList();
        var pageSize = size.Get % 5 + 1;
        var first = Keyset.Page(items, k => k, null, pageSize);
        if (first.Next is null) return;
        var removed = first.Items[0];
        var changed = items.Where(i => i != removed).Append(added.Get).Distinct().ToList();

        var rest = new List<string>();
        for (var after = first.Next; after is not null;)
        {
            var page = Keyset.Page(changed, k => k, after, pageSize);
            rest.AddRange(page.Items);
            after = page.Next;
        }

        // What comes after the cursor now, in order: all that stayed there, and the newcomer if it sorts there.
        Assert.Equal(changed.Where(i => string.CompareOrdinal(i, first.Next) > 0).Order(StringComparer.Ordinal), rest);
        Assert.Subset(rest.ToHashSet(), items.Where(i => string.CompareOrdinal(i, first.Next) > 0).ToHashSet());
    }

    [Fact]
    public void Time_keys_sort_by_the_instant_in_utc_then_by_id()
    {
        var paris = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));
        var utcEarlier = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero); // 10:30 in Paris: later than 10:00 there
        string[] keys = [Keyset.TimeKey(utcEarlier, "a"), Keyset.TimeKey(paris, "b"), Keyset.TimeKey(paris, "a")];

        Assert.Equal([keys[2], keys[1], keys[0]], keys.Order(StringComparer.Ordinal));
        Assert.All(keys, k => Assert.True(k.Length <= Keyset.MaxCursorLength));
        Assert.All(keys, k => Assert.True(string.CompareOrdinal(k, Keyset.AfterEverything) < 0));
    }

    [Fact]
    public void After_everything_nothing_more_comes()
    {
        var page = Keyset.Page(["a", "b"], k => k, Keyset.AfterEverything, 5);

        Assert.Empty(page.Items);
        Assert.Equal(2, page.Total);
        Assert.Null(page.Next);
    }
}
