namespace Facilitation.Bench;

/// <summary>
/// A site's day at Casaco (fact sheet: 100 people a day, ~15 of them visitors, 85 paid hours a week):
/// 85 member check-ins and check-outs, 15 visitors in and out, 20 front-desk requests each claimed
/// and done, 4 shifts a day published and claimed (about 17 of the 85 h, in 4-hour shifts), 8 room
/// bookings. The weights are commands per site-day; the generator draws from them.
/// </summary>
public static class DayMix
{
    public static readonly IReadOnlyList<(string Kind, int Weight)> Weights =
    [
        ("check-in", 85), ("check-out", 85), ("visitor-in", 15), ("visitor-out", 15),
        ("request", 20), ("task-claim", 20), ("task-done", 20),
        ("shift-publish", 4), ("shift-claim", 4), ("booking", 8),
    ];

    public static readonly int Total = Weights.Sum(w => w.Weight);

    public static int Draw(Random random)
    {
        var roll = random.Next(Total);
        for (var i = 0; i < Weights.Count; i++)
        {
            roll -= Weights[i].Weight;
            if (roll < 0) return i;
        }
        return Weights.Count - 1;
    }
}
