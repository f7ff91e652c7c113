using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Tasks;

namespace Facilitation.Domain.Presence;

/// <summary>
/// The welcome tasks that the front desk gets from check-ins: a member whose pass does not let them
/// in, a visitor for a member (members have no device here). Each is raised under an id derived
/// from the command that caused it, so a retried check-in raises its task once.
/// </summary>
public static class FrontDeskTasks
{
    public const string Place = "entrance";

    public static TaskCommands.Raise RefusedAdmission(CommandId checkIn, MemberEntry member, string code, DateTimeOffset at)
    {
        var why = code switch
        {
            MemberRejectionCodes.PassExhausted => "pass épuisé",
            MemberRejectionCodes.PassExpired => "pass expiré",
            _ => "sans formule",
        };
        return new TaskCommands.Raise(
            DerivedCommandId.From(checkIn, "front-desk"), null, TaskId.New(), TaskKind.Welcome,
            $"Voir avec {member.Name} à l'accueil : {why}, entrée refusée", Place, TaskOrigin.MemberRequest, TaskPriority.High, member.Name, at);
    }

    public static TaskCommands.Raise VisitorForMember(CommandId visitorIn, string hostName, string visitorName, DateTimeOffset at) =>
        new(DerivedCommandId.From(visitorIn, "visitor-host"), null, TaskId.New(), TaskKind.Welcome,
            $"Prévenir {hostName} : {visitorName} est arrivé·e à l'accueil", Place, TaskOrigin.MemberRequest, TaskPriority.High, visitorName, at);
}
