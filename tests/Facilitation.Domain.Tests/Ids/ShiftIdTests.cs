using Facilitation.Domain.Ids;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Ids;

public class ShiftIdTests
{
    private static readonly IsoWeek Week49 = IsoWeek.Parse("2026-W49");

    [Fact]
    public void A_new_shift_id_round_trips_through_its_text_and_knows_its_week()
    {
        var id = ShiftId.New(Week49);

        Assert.True(ShiftId.TryParse(id.Value, out var parsed));
        Assert.Equal(id, parsed);
        Assert.Equal(Week49, parsed.Week);
        Assert.StartsWith("2026-W49-", id.Value);
        Assert.Equal(id.Value, id.ToString());
    }

    [Fact]
    public void New_shift_ids_of_one_week_differ()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => ShiftId.New(Week49).Value).ToHashSet();

        Assert.Equal(100, ids.Count);
    }

    [Fact]
    public void A_shift_id_in_week_53_parses()
    {
        var id = ShiftId.Parse("2026-W53-0a1b2c3d");

        Assert.Equal(new IsoWeek(2026, 53), id.Week);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-W49")]
    [InlineData("2026-W49-")]
    [InlineData("2026-W49-3f9a1c2")]
    [InlineData("2026-W49-3f9a1c2e0")]
    [InlineData("2026-W49-3F9A1C2E")]
    [InlineData("2026-W49-3f9a1c2g")]
    [InlineData("2026-W49_3f9a1c2e")]
    [InlineData("2026W49-3f9a1c2ee")]
    [InlineData("2026-W54-3f9a1c2e")]
    [InlineData("2027-W53-3f9a1c2e")]
    [InlineData("abcd-W01-3f9a1c2e")]
    public void A_malformed_shift_id_is_refused(string? text)
    {
        Assert.False(ShiftId.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Parse_throws_a_format_exception_on_a_malformed_id()
    {
        Assert.Throws<FormatException>(() => ShiftId.Parse("not-a-shift"));
    }
}
