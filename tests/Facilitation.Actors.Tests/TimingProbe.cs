using System.Diagnostics;
using Facilitation.Actors.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
[Collection(ActorSystems.Name)]
public class TimingProbe
{
    [Fact]
    public async Task Timing()
    {
        using var db = new SqliteFile();
        var sw = Stopwatch.StartNew();
        var log = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            sw.Restart();
            var node = await FacilitationNode.StartAsync(db.Storage, TestSite.Create(), new FakeTimeProvider());
            log.Add($"start {sw.ElapsedMilliseconds}");
            sw.Restart();
            await node.PublishAsync(TestSite.Hours(0, 9, 12));
            log.Add($"first publish {sw.ElapsedMilliseconds}");
            sw.Restart();
            await node.PublishAsync(TestSite.Hours(0, 9, 12));
            log.Add($"second publish {sw.ElapsedMilliseconds}");
            sw.Restart();
            await node.DisposeAsync();
            log.Add($"stop {sw.ElapsedMilliseconds}");
        }
        File.WriteAllLines("/tmp/timing.txt", log);
    }
}
