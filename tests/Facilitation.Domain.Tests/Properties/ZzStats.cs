using Facilitation.Domain.Tests.Model;
namespace Facilitation.Domain.Tests.Properties;
public class ZzStats
{
    [Fact]
    public void Stats()
    {
        var models = FsCheck.Fluent.Gen.Sample(WeekScripts.SamirWorksEveryDay, 200).Select(s => WeekModel.Play(s, WorkTiming.OnTime)).ToList();
        var lines = new List<string>();
        foreach (var g in models.SelectMany(m => m.Refusals).GroupBy(kv => kv.Key).OrderBy(g => g.Key)) lines.Add($"{g.Key}: {g.Sum(kv => kv.Value)}");
        lines.Add($"claims {models.Sum(m => m.ClaimsReserved)} steps {models.Sum(m => m.StepsRun)}");
        lines.Add($"published>75: {models.Count(m => m.Ledger.PublishedHours > TimeSpan.FromHours(75))}");
        lines.Add($"maxclaimed: {string.Join(",", models.Select(m => m.Ledger.People().Select(p => p.Claimed.TotalHours).DefaultIfEmpty(0).Max()).Order().TakeLast(30))}");
        File.WriteAllLines("/tmp/stats/out.txt", lines);
        Assert.True(true);
    }
}
