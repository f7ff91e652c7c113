using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using static Facilitation.Domain.Members.MemberCommands;

namespace Facilitation.Domain.Members;

/// <summary>
/// The rules of a site's membership, as pure functions: enrolment, plans, passes, and the charge of
/// a check-in (<see cref="PassUse"/>). A pass sold while the previous one is still valid adds its 30
/// units to what is left and starts a new validity from the sale; an expired pass's units are lost.
/// </summary>
public static class MembershipDecider
{
    public static Decision<IMemberEvent, MemberOutcome> Decide(MembershipState state, IMemberCommand command, Site site)
    {
        if (state.Handled.TryGetValue(command.CommandId, out var handled))
            return handled.Fingerprint == command.Fingerprint && state.Find(handled.Member) is { } now
                ? new Decision<IMemberEvent, MemberOutcome>.Repeat(new MemberOutcome(now, handled.Charged))
                : Reject(new Rejection(RejectionKind.Conflict, RejectionCodes.CommandIdReused));

        if (command is Enrol enrol) return DecideEnrol(state, enrol);
        if (state.Find(command.Member) is not { } member)
            return Reject(new Rejection(RejectionKind.NotFound, MemberRejectionCodes.NotFound) { Holder = command.Member });

        var local = site.Calendar.ToLocal(command.At);
        var day = DateOnly.FromDateTime(local.DateTime);
        switch (command)
        {
            case ChangePlan change:
                if (!Enum.IsDefined(change.Plan)) return Invalid(MemberRejectionCodes.PlanInvalid, "plan");
                return Accept(new MemberEvents.PlanChanged(change.CommandId, change.Member, change.Plan, change.At));
            case SellPass sell:
                if (member.Plan is PlanKind.Resident or PlanKind.Nomad)
                    return Reject(new Rejection(RejectionKind.Conflict, MemberRejectionCodes.Subscribed) { Holder = member.Id });
                if (sell.Units is < 1 or > PassUse.UnitsPerPass) return Invalid(MemberRejectionCodes.UnitsInvalid, "units");
                var left = member.PassLastDay is { } last && last >= day ? member.PassUnits : 0;
                return Accept(new MemberEvents.PassSold(sell.CommandId, sell.Member, left + sell.Units, site.Plans.PassLastDay(day), sell.At, sell.Units));
            case Admit admit:
                var charge = PassUse.Charge(member.Plan, member.PassUnits, member.PassLastDay, member.LastCharge, day,
                    TimeOnly.FromDateTime(local.DateTime), SiteHours.On(site, day), admit.MorningOnly);
                if (charge.Refused is { } code)
                    return Reject(new Rejection(RejectionKind.Conflict, code) { Holder = member.Id, Day = member.PassLastDay });
                return Accept(new MemberEvents.Admitted(admit.CommandId, admit.Member, admit.MorningOnly, day, charge.Cover, charge.Units, admit.At));
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "unknown member command");
        }
    }

    public static MembershipState Apply(MembershipState state, IMemberEvent @event)
    {
        var charged = 0;
        var members = state.Members;
        switch (@event)
        {
            case MemberEvents.Enrolled e:
                members = members.SetItem(e.Member.Value, new MemberEntry(e.Member, e.Name, e.Plan, 0, null, null));
                break;
            case MemberEvents.PlanChanged p when state.Find(p.Member) is { } m:
                members = members.SetItem(m.Id.Value, m with { Plan = p.Plan });
                break;
            case MemberEvents.PassSold s when state.Find(s.Member) is { } m:
                members = members.SetItem(m.Id.Value, m with { Plan = PlanKind.Pass, PassUnits = s.Units, PassLastDay = s.LastDay });
                break;
            case MemberEvents.Admitted a when state.Find(a.Member) is { } m:
                charged = a.Units;
                if (a.Cover is { } cover)
                {
                    var before = m.LastCharge is { } c && c.Day == a.Day ? c.Units : 0;
                    members = members.SetItem(m.Id.Value, m with { PassUnits = m.PassUnits - a.Units, LastCharge = new DayCharge(a.Day, cover, before + a.Units) });
                }
                break;
            case MemberEvents.PlanChanged or MemberEvents.PassSold or MemberEvents.Admitted:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "unknown member event");
        }
        return state with
        {
            Members = members,
            Handled = state.Handled.SetItem(@event.CommandId, new HandledMemberCommand(@event.Fingerprint, @event.Member, charged)),
            Version = state.Version + 1,
        };
    }

    private static Decision<IMemberEvent, MemberOutcome> DecideEnrol(MembershipState state, Enrol enrol)
    {
        if (string.IsNullOrWhiteSpace(enrol.Name) || enrol.Name.Length > MemberEntry.MaxNameLength || enrol.Name != enrol.Name.Trim())
            return Invalid(MemberRejectionCodes.NameInvalid, "name");
        if (!Enum.IsDefined(enrol.Plan)) return Invalid(MemberRejectionCodes.PlanInvalid, "plan");
        if (state.Find(enrol.Member) is not null)
            return Reject(new Rejection(RejectionKind.Conflict, MemberRejectionCodes.Exists) { Holder = enrol.Member });
        return Accept(new MemberEvents.Enrolled(enrol.CommandId, enrol.Member, enrol.Name, enrol.Plan, enrol.At));
    }

    private static Decision<IMemberEvent, MemberOutcome> Accept(IMemberEvent @event) => new Decision<IMemberEvent, MemberOutcome>.Accept([@event]);

    private static Decision<IMemberEvent, MemberOutcome> Invalid(string code, string field) =>
        Reject(new Rejection(RejectionKind.Invalid, code) { Field = field });

    private static Decision<IMemberEvent, MemberOutcome> Reject(Rejection why) => new Decision<IMemberEvent, MemberOutcome>.Reject(why);
}
