using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Desks;
using Facilitation.Actors.Members;
using Facilitation.Domain.Desks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Web.Sites;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Members;

/// <summary>
/// In the demo configuration, enrols the demo members when the host starts, gives the residents
/// their desks and the pass holders their passes, under fixed command ids ("demo-enrol-jeanne-martin"):
/// a restart sends the same commands, which the actors recognise and apply nothing.
/// </summary>
public sealed class DemoMemberSeeder(
    IOptions<DemoMembersOptions> options, SiteCatalog sites, ActorRegistry registry, TimeProvider clock, ILogger<DemoMemberSeeder> logger) : IHostedService
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ResolveFolder() is not { } folder) return;
        var files = DemoMemberFile.Load(folder, sites);
        var members = registry.Get<MembershipRegion>();
        var desks = registry.Get<DeskRegion>();
        foreach (var (site, list) in files)
        {
            var now = clock.GetUtcNow();
            var refused = 0;
            foreach (var member in list)
            {
                var steps = new List<Func<Task<object>>>
                {
                    () => members.Ask<object>(new MembershipMessages.Execute(site.Id, new MemberCommands.Enrol(
                        new CommandId($"demo-enrol-{member.Id}"), member.Id, member.Name, member.Plan == PlanKind.Pass ? PlanKind.None : member.Plan, now)), StepTimeout, cancellationToken),
                };
                if (member.PassUnits is { } units)
                    steps.Add(() => members.Ask<object>(new MembershipMessages.Execute(site.Id,
                        new MemberCommands.SellPass(new CommandId($"demo-pass-{member.Id}"), member.Id, now, units)), StepTimeout, cancellationToken));
                if (member.Desk is { } desk)
                    steps.Add(() => desks.Ask<object>(new DeskMessages.Execute(site.Id, desk, new DeskCommands.Assign(
                        new CommandId($"demo-desk-{member.Id}"), member.Id, site.Staff.FirstOrDefault()?.Id ?? member.Id, now)), StepTimeout, cancellationToken));
                foreach (var step in steps)
                {
                    try
                    {
                        if (await step() is MembershipMessages.MemberResult.Rejected or DeskMessages.DeskResult.Rejected) refused++;
                    }
                    catch (AskTimeoutException e)
                    {
                        // Demo data only: the product starts anyway; the next start sends the same commands.
                        logger.LogWarning(e, "Demo member {Member} of {Site} not enrolled in time", member.Id.Value, site.Id.Value);
                    }
                }
            }
            if (refused > 0) logger.LogWarning("{Refused} demo member commands of {Site} were refused (a desk assigned to someone else since?)", refused, site.Id.Value);
            logger.LogInformation("Demo members of {Site}: {Count}", site.Id.Value, list.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
