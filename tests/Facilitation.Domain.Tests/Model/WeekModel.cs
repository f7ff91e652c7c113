using System.Globalization;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;
using static Facilitation.Domain.Ledger.LedgerCommands;
using static Facilitation.Domain.Shifts.ShiftCommands;
using LedgerDecision = Facilitation.Domain.Outcomes.Decision<Facilitation.Domain.Ledger.ILedgerEvent, Facilitation.Domain.Shifts.ShiftView>;
using ShiftDecision = Facilitation.Domain.Outcomes.Decision<Facilitation.Domain.Shifts.IShiftEvent, Facilitation.Domain.Shifts.ShiftView>;

namespace Facilitation.Domain.Tests.Model;

/// <summary>A shift command a client sent, and the answer it got when the shift persisted it (null while interrupted).</summary>
public sealed record SentCommand(ShiftId Shift, IShiftCommand Command, ShiftView? Answer);

/// <summary>
/// One site-week in memory, driven the way the actors drive it: a week ledger and its shifts, each
/// a state folded from its own events by the two deciders. A publish goes to the ledger, which
/// then opens the shift; a claim is decided by the shift, reserved by the ledger, and only then
/// applied to the shift; every shift reports its view to the ledger after each change.
/// After every step the model checks what must hold, and records what broke in <see cref="Broken"/>.
/// </summary>
public sealed class WeekModel
{
    private const int QuarterMinutes = 15;
    private const int QuartersADay = 24 * 60 / QuarterMinutes;

    private readonly IReadOnlyList<StaffMember> staff;
    private readonly WorkTiming timing;
    private readonly Dictionary<ShiftId, ShiftState> shifts = [];
    private readonly List<ShiftId> order = [];
    private readonly Dictionary<ShiftId, List<IShiftEvent>> shiftHistory = [];
    private readonly List<ILedgerEvent> ledgerHistory = [];
    private readonly HashSet<ShiftId> awaitingWakeUp = [];
    private readonly List<Publish> publishes = [];
    private readonly List<SentCommand> sent = [];
    private readonly List<string> journal = [];
    private readonly List<string> broken = [];
    private readonly Dictionary<string, int> refusals = [];
    private int shiftNumber;

    public WeekModel(IsoWeek week, IReadOnlyList<StaffMember> staff, WorkTiming timing)
    {
        Week = week;
        this.staff = staff;
        this.timing = timing;
        Ledger = WeekLedgerState.Empty(Casaco.Id, week);
    }

    public IsoWeek Week { get; }

    public LabourRules Rules => Casaco.SiteRules;

    public SiteCalendar Calendar => Casaco.Calendar;

    public WeekLedgerState Ledger { get; private set; }

    public IReadOnlyDictionary<ShiftId, ShiftState> Shifts => shifts;

    public IReadOnlyList<ILedgerEvent> LedgerHistory => ledgerHistory;

    public IReadOnlyList<IShiftEvent> HistoryOf(ShiftId shift) => shiftHistory[shift];

    public IReadOnlyList<SentCommand> Sent => sent;

    public IReadOnlyList<string> Broken => broken;

    /// <summary>How many claims the ledger accepted: a script that claims nothing proves little.</summary>
    public int ClaimsReserved { get; private set; }

    public int StepsRun { get; private set; }

    /// <summary>The most the week ever spent beyond its budget (through late finishes).</summary>
    public TimeSpan MostOverBudget { get; private set; }

    /// <summary>How often each rejection code came back, from the shifts and from the ledger.</summary>
    public IReadOnlyDictionary<string, int> Refusals => refusals;

    /// <summary>Plays a script, stopping at the first step after which something broke.</summary>
    public static WeekModel Play(WeekScript script, WorkTiming timing)
    {
        var model = new WeekModel(script.Week, script.Staff(), timing);
        foreach (var step in script.Steps)
        {
            model.Run(step);
            if (model.Broken.Count > 0) break;
        }
        return model;
    }

    /// <summary>What broke, and the last steps that led there, each as the commands it became.</summary>
    public string Explain() =>
        string.Join(Environment.NewLine, broken.Select(b => $"BROKEN after step #{StepsRun - 1}: {b}"))
        + Environment.NewLine + "Last steps:" + Environment.NewLine
        + string.Join(Environment.NewLine, journal.TakeLast(60));

    public void Run(WeekStep step)
    {
        Note($"#{StepsRun} {step}");
        switch (step.Kind)
        {
            case StepKind.Publish: PublishShift(step); break;
            case StepKind.RetryPublish: RetryPublish(step); break;
            case StepKind.ReusePublishId: ReusePublishId(step); break;
            case StepKind.Claim: ClaimShift(step, interrupted: false); break;
            case StepKind.InterruptedClaim: ClaimShift(step, interrupted: true); break;
            case StepKind.WakeUp: WakeUp(step); break;
            case StepKind.Release: OnShift(step, ShiftStatus.Claimed, (state, by) => new Release(Casaco.NewCommandId(), by)); break;
            case StepKind.Cancel: OnShift(step, ShiftStatus.Claimed, (state, by) => new Cancel(Casaco.NewCommandId(), by)); break;
            case StepKind.Start: OnShift(step, ShiftStatus.Claimed, (state, by) => new Start(Casaco.NewCommandId(), by, StartTime(state, step.Time))); break;
            case StepKind.End: OnShift(step, ShiftStatus.Started, (state, by) => new End(Casaco.NewCommandId(), by, EndTime(state, step.Time))); break;
            case StepKind.NoShow: OnShift(step, ShiftStatus.Claimed, (state, by) => new MarkNoShow(Casaco.NewCommandId(), by, NoShowTime(state, step.Time))); break;
            case StepKind.RetryCommand: RetryCommand(step); break;
            case StepKind.ReuseCommandId: ReuseCommandId(step); break;
            default: throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "unknown step");
        }
        CheckWeek();
        StepsRun++;
    }

    // ---- publishing -------------------------------------------------------------------------

    private void PublishShift(WeekStep step)
    {
        var by = CallerOf(step.By);
        // Time is a day of the week and a quarter hour on the site's wall clock; a time the clocks
        // skip is read as the hour the clock shows instead, and one they repeat at its first occurrence.
        var local = Week.Monday.AddDays(step.Time / QuartersADay % 7).ToDateTime(TimeOnly.MinValue).AddMinutes(QuarterMinutes * (step.Time % QuartersADay));
        var start = Calendar.TryFromLocal(local, out var instant) ? instant : Calendar.FromLocal(local.AddHours(1));
        var range = new TimeRange(start, start.AddMinutes(QuarterMinutes * step.Length));
        var command = new Publish(Casaco.NewCommandId(), by, NextShiftId(), (ShiftRole)(step.Pick % 4), range);
        var would = TrueCommittedHours() + range.Duration;

        var decision = WeekLedgerDecider.Decide(Ledger, command, Rules, Calendar);
        Count(decision);
        Note($"  publish {Describe(range)} by {by.Person} ({Hours.Of(would)} of {Hours.Of(Rules.WeeklyBudget)}) -> {Describe(decision)}");
        switch (decision)
        {
            case LedgerDecision.Accept accept:
                if (!by.IsCoManager) Break($"{by.Person}, a facilitator, published a shift");
                if (would > Rules.WeeklyBudget) Break($"a publish took the week to {Hours.Of(would)} of {Hours.Of(Rules.WeeklyBudget)}");
                ApplyToLedger(accept.Events);
                Open(command.NewId, command.Role, range);
                publishes.Add(command);
                break;
            case LedgerDecision.Reject { Why: var why }:
                if (!by.IsCoManager)
                    Expect(why.Code == RejectionCodes.CoManagerOnly, $"a facilitator's publish was refused with {why.Code}");
                else if (would > Rules.WeeklyBudget)
                    Expect(why.Code == RejectionCodes.WeekOverBudget && why.Would == would && why.Limit == Rules.WeeklyBudget,
                        $"a publish to {Hours.Of(would)} was refused with {why.Code} {Hours.Of(why.Would)} of {Hours.Of(why.Limit)}");
                else
                    Break($"a publish that fits the budget ({Hours.Of(would)}) was refused with {why.Code}");
                break;
            default:
                Break("a fresh publish was answered as a repeat");
                break;
        }
    }

    private void RetryPublish(WeekStep step)
    {
        if (publishes.Count == 0) return;
        var first = publishes[step.Pick % publishes.Count];
        var retry = first with { NewId = NextShiftId() };
        var before = Ledger;

        var decision = WeekLedgerDecider.Decide(Ledger, retry, Rules, Calendar);
        Note($"  retry publish {first.CommandId} -> {Describe(decision)}");
        if (decision is LedgerDecision.Repeat repeat)
            Expect(repeat.FirstAnswer.Id == first.NewId, $"a retried publish answered {repeat.FirstAnswer.Id}, not {first.NewId}");
        else
            Break($"a retried publish was not answered as a repeat: {decision}");
        Expect(ReferenceEquals(before, Ledger), "a retried publish changed the ledger");
    }

    private void ReusePublishId(WeekStep step)
    {
        if (publishes.Count == 0) return;
        var first = publishes[step.Pick % publishes.Count];
        var other = first with { NewId = NextShiftId(), Range = new TimeRange(first.Range.Start.AddMinutes(QuarterMinutes), first.Range.End.AddMinutes(QuarterMinutes)) };

        var decision = WeekLedgerDecider.Decide(Ledger, other, Rules, Calendar);
        Note($"  other times under publish id {first.CommandId} -> {Describe(decision)}");
        Expect(decision is LedgerDecision.Reject { Why.Code: RejectionCodes.CommandIdReused },
            $"other times under a used publish id were answered {decision}");
    }

    /// <summary>The shift actor opens once the ledger has persisted the publish, then reports itself.</summary>
    private void Open(ShiftId id, ShiftRole role, TimeRange range)
    {
        shifts[id] = ShiftState.Empty(id);
        shiftHistory[id] = [];
        order.Add(id);
        ApplyToShift(id, [new ShiftEvents.Opened(id, role, range.Start, range.End)]);
        ReportToLedger(id);
    }

    // ---- shift commands ---------------------------------------------------------------------

    private void ClaimShift(WeekStep step, bool interrupted)
    {
        if (!TryPickShift(step.Pick, s => s.Status == ShiftStatus.Published, out var id)) return;
        Send(id, new Claim(Casaco.NewCommandId(), CallerOf(step.By), staff[step.Person].Id), interrupted);
    }

    private void OnShift(WeekStep step, ShiftStatus usually, Func<ShiftState, Caller, IShiftCommand> command)
    {
        if (!TryPickShift(step.Pick, s => s.Status == usually, out var id)) return;
        var state = shifts[id];
        var by = step.By == WeekStep.TheHolder && state.Holder is { } holder ? new Caller(holder, RoleOf(holder)) : CallerOf(step.By);
        Send(id, command(state, by), interrupted: false);
    }

    private void RetryCommand(WeekStep step)
    {
        if (sent.Count == 0) return;
        var (id, command, _) = sent[step.Pick % sent.Count];
        if (!shifts[id].Handled.ContainsKey(command.CommandId))
        {
            // A claim interrupted before the shift persisted it: the client's retry is decided afresh.
            Note($"  retry of interrupted {Describe(command)} on {id}");
            Send(id, command, interrupted: false);
            return;
        }

        // An interrupted claim may have been persisted by a later retry: that one's answer is the first.
        var answer = sent.Last(s => s.Shift == id && s.Command.CommandId == command.CommandId && s.Answer is not null).Answer;
        var decision = ShiftDecider.Decide(shifts[id], command, Rules);
        Note($"  retry {Describe(command)} on {id} -> {Describe(decision)}");
        if (decision is ShiftDecision.Repeat repeat)
            Expect(repeat.FirstAnswer == answer, $"a retried command got {repeat.FirstAnswer}, not its first answer {answer}");
        else
            Break($"a retried command was not answered as a repeat: {decision}");
    }

    private void ReuseCommandId(WeekStep step)
    {
        var answered = sent.Where(s => s.Answer is not null).ToList();
        if (answered.Count == 0) return;
        var (id, first, _) = answered[step.Pick % answered.Count];
        IShiftCommand other = first is Cancel ? new Release(first.CommandId, first.By) : new Cancel(first.CommandId, first.By);

        var decision = ShiftDecider.Decide(shifts[id], other, Rules);
        Note($"  {Describe(other)} under the id of {Describe(first)} on {id} -> {Describe(decision)}");
        Expect(decision is ShiftDecision.Reject { Why.Code: RejectionCodes.CommandIdReused },
            $"a different command under a used id was answered {decision}");
    }

    private void Send(ShiftId id, IShiftCommand command, bool interrupted)
    {
        var state = shifts[id];
        var decision = ShiftDecider.Decide(state, command, Rules);
        Count(decision);
        Note($"  {Describe(command)} on {id} {Describe(state)} -> {Describe(decision)}");
        CheckShiftDecision(state, command, decision);
        if (decision is not ShiftDecision.Accept accept) return;

        if (accept.Events.Any(e => ShiftDecider.NeedsHoursOf(e) is not null))
        {
            var claimed = accept.Events.OfType<ShiftEvents.Claimed>().Single();
            var member = staff.FirstOrDefault(m => m.Id == claimed.Holder);
            var reserve = new Reserve(id, claimed.Holder, member);
            var ledgerDecision = WeekLedgerDecider.Decide(Ledger, reserve, Rules, Calendar);
            Count(ledgerDecision);
            Note($"    reserve for {claimed.Holder} -> {Describe(ledgerDecision)}");
            CheckReservation(id, claimed.Holder, member!, ledgerDecision);
            if (ledgerDecision is not LedgerDecision.Accept reserved) return;
            ApplyToLedger(reserved.Events);
            ClaimsReserved++;
            if (interrupted)
            {
                Note("    the shift stops before persisting the claim");
                awaitingWakeUp.Add(id);
                sent.Add(new SentCommand(id, command, null));
                return;
            }
        }

        ApplyToShift(id, accept.Events);
        sent.Add(new SentCommand(id, command, shifts[id].View()));
        ReportToLedger(id);
    }

    private void WakeUp(WeekStep step)
    {
        if (!TryPickShift(step.Pick, s => awaitingWakeUp.Contains(s.Id), out var id)) return;
        Note($"  {id} wakes up and reports {Describe(shifts[id])}");
        ReportToLedger(id);
    }

    private void ReportToLedger(ShiftId id)
    {
        var decision = WeekLedgerDecider.Decide(Ledger, new Report(shifts[id].View()), Rules, Calendar);
        if (decision is LedgerDecision.Accept accept) ApplyToLedger(accept.Events);
        else Break($"the ledger did not take the report of {id}: {decision}");
        awaitingWakeUp.Remove(id);
    }

    private void ApplyToLedger(IReadOnlyList<ILedgerEvent> events)
    {
        foreach (var e in events)
        {
            Ledger = WeekLedgerDecider.Apply(Ledger, e);
            ledgerHistory.Add(e);
        }
    }

    private void ApplyToShift(ShiftId id, IReadOnlyList<IShiftEvent> events)
    {
        foreach (var e in events)
        {
            var before = shifts[id];
            var after = ShiftDecider.Apply(before, e);
            if (e is ShiftEvents.Claimed && before.Status != ShiftStatus.Published)
                Break($"{id} was claimed while {before.Status} by {before.Holder}");
            if (IsHeld(before.Status) && IsHeld(after.Status) && before.Holder != after.Holder)
                Break($"{id} passed from {before.Holder} to {after.Holder} without being released");
            shifts[id] = after;
            shiftHistory[id].Add(e);
        }
    }

    // ---- times ------------------------------------------------------------------------------

    /// <summary>On time: from the planned start to 5 min before the end, or a refused start 45 min early. Real life: 60 min early to 30 min past the end.</summary>
    private DateTimeOffset StartTime(ShiftState state, int time)
    {
        var fives = (int)((state.End - state.Start).TotalMinutes / 5);
        return timing == WorkTiming.OnTime
            ? time % 10 == 0 ? state.Start.AddMinutes(-45) : state.Start.AddMinutes(5 * (time % fives))
            : state.Start.AddMinutes(5 * (time % (fives + 19) - 12));
    }

    /// <summary>
    /// Mostly at the planned end. Otherwise, on time: earlier but after the start, or a refused end
    /// at the start itself; real life: an hour before the planned end to 2 h 15 past it.
    /// </summary>
    private DateTimeOffset EndTime(ShiftState state, int time)
    {
        if (time % 10 >= 4) return state.End;
        if (timing == WorkTiming.RealLife) return state.End.AddMinutes(5 * (time / 10 % 40 - 12));
        if (state.StartedAt is not { } started || started >= state.End) return state.End;
        var fives = (int)((state.End - started).TotalMinutes / 5);
        return time % 10 == 0 || fives == 0 ? started : started.AddMinutes(5 * (1 + time / 10 % fives));
    }

    /// <summary>From half an hour before the planned start to an hour after it.</summary>
    private static DateTimeOffset NoShowTime(ShiftState state, int time) => state.Start.AddMinutes(5 * (time % 19 - 6));

    // ---- what must hold ---------------------------------------------------------------------

    /// <summary>A shift command is accepted only from someone allowed to send it, and a free shift goes to whoever may claim it.</summary>
    private void CheckShiftDecision(ShiftState state, IShiftCommand command, ShiftDecision decision)
    {
        if (decision is ShiftDecision.Accept)
        {
            var allowed = command switch
            {
                Claim c => command.By.IsCoManager || c.For == command.By.Person,
                Release or Start or End => command.By.IsCoManager || command.By.Person == state.Holder,
                _ => command.By.IsCoManager,
            };
            Expect(allowed, $"{command.By.Person} ({command.By.Role}) was allowed to {Describe(command)}");
        }

        if (command is Claim claim && (claim.By.IsCoManager || claim.For == claim.By.Person))
        {
            if (state.Status == ShiftStatus.Published)
                Expect(decision is ShiftDecision.Accept, $"a free shift refused a claim: {decision}");
            else if (IsHeld(state.Status))
                Expect(decision is ShiftDecision.Reject r && r.Why.Holder == state.Holder,
                    $"a claim of a shift held by {state.Holder} was answered {decision}");
        }
    }

    /// <summary>
    /// The ledger's answer to a reservation agrees with the plain reading of the rules over the
    /// ledger's own record of the person's week (same rule named first, same figures); and an
    /// accepted one breaks no rule over the shifts' own record (the authority on who holds what).
    /// </summary>
    private void CheckReservation(ShiftId id, PersonId person, StaffMember member, LedgerDecision decision)
    {
        var mirror = Ledger.Find(id)!;
        if (mirror is { Status: ShiftStatus.Claimed } && mirror.Holder == person)
        {
            // The ledger already reserved these hours (an interrupted claim retried): nothing to re-check.
            Expect(decision is LedgerDecision.Accept { Events.Count: 0 }, $"re-reserving a reservation was answered {decision}");
            return;
        }

        var others = Ledger.Shifts.Values.Where(s => s.Id != id && IsHeld(s.Status) && s.Holder == person).ToList();
        var recorded = others.Select(s => LabourOracle.AtWork(s.Planned, s.Status, s.StartedAt, s.EndedAt)).ToList();
        var recordedPaid = Sum(others.Select(s => Paid(s.Planned.Duration, s.Status, s.StartedAt, s.EndedAt)));
        var expected = LabourOracle.BreachesOf(Rules, Calendar.Zone, member.ContractWeeklyHours, recorded, mirror.Planned, recordedPaid);

        switch (decision)
        {
            case LedgerDecision.Accept:
                Expect(expected.Count == 0, $"the ledger reserved {Describe(mirror.Planned)} for {person} although {string.Join(", ", expected)}");
                var real = TrueWorkOf(person, except: id);
                var breaches = LabourOracle.BreachesOf(Rules, Calendar.Zone, member.ContractWeeklyHours, real, mirror.Planned, TruePaidOf(person, except: id));
                Expect(breaches.Count == 0, $"the ledger reserved {Describe(mirror.Planned)} for {person} whose shifts say {string.Join(", ", breaches)}");
                break;
            case LedgerDecision.Reject { Why: var why }:
                if (expected.Count == 0)
                {
                    Break($"the ledger refused {Describe(mirror.Planned)} for {person} with {why.Code} though no rule is broken");
                    break;
                }
                var first = expected[0];
                Expect(why.Code == first.Code, $"the ledger named {why.Code}, the rules {first}");
                if (why.Code is RejectionCodes.DailyWork or RejectionCodes.WeeklyWork or RejectionCodes.ContractExceeded)
                    Expect(why.Would == first.Would, $"the ledger said {why.Code} would be {Hours.Of(why.Would)}, the rules {Hours.Of(first.Would)}");
                if (why.Code == RejectionCodes.DailyWork)
                    Expect(why.Day == first.Day, $"the ledger named day {why.Day}, the rules {first.Day}");
                break;
            default:
                Break($"a reservation was answered as a repeat: {decision}");
                break;
        }
    }

    /// <summary>What must hold after every step.</summary>
    private void CheckWeek()
    {
        var budget = Rules.WeeklyBudget;
        var live = shifts.Values.Where(s => IsLive(s.Status)).ToList();
        var published = Sum(live.Select(s => s.End - s.Start));
        var committed = Sum(live.Select(s => Max(s.End - s.Start, Worked(s))));
        var overrun = Sum(live.Select(s => Max(TimeSpan.Zero, Worked(s) - (s.End - s.Start))));

        // The budget: published hours never exceed it; only hours worked past a shift's end can
        // take what the week spends beyond it (a late finish cannot be refused).
        Expect(Ledger.PublishedHours <= budget, $"the week publishes {Hours.Of(Ledger.PublishedHours)} of {Hours.Of(budget)}");
        Expect(Ledger.PublishedHours == published, $"the ledger counts {Hours.Of(Ledger.PublishedHours)} published, the shifts {Hours.Of(published)}");
        Expect(Ledger.CommittedHours == committed, $"the ledger counts {Hours.Of(Ledger.CommittedHours)} spent, the shifts {Hours.Of(committed)}");
        Expect(Ledger.CommittedHours <= budget + overrun, $"the week spends {Hours.Of(Ledger.CommittedHours)} of {Hours.Of(budget)} with only {Hours.Of(overrun)} worked late");
        if (Ledger.CommittedHours - budget > MostOverBudget) MostOverBudget = Ledger.CommittedHours - budget;
        if (timing == WorkTiming.OnTime) Expect(Ledger.CommittedHours <= budget, $"an on-time week spends {Hours.Of(Ledger.CommittedHours)} of {Hours.Of(budget)}");

        // The mirror: the ledger knows every shift, as the shift last reported itself.
        Expect(Ledger.Shifts.Count == shifts.Count, $"the ledger has {Ledger.Shifts.Count} shifts, the week {shifts.Count}");
        foreach (var (id, shift) in shifts)
        {
            var mirror = Ledger.Find(id);
            if (mirror is null)
            {
                Break($"the ledger does not know {id}");
                continue;
            }
            Expect(mirror.Planned == new TimeRange(shift.Start, shift.End), $"the ledger has {id} at {mirror.Planned}");
            if (awaitingWakeUp.Contains(id))
                Expect(shift.Status == ShiftStatus.Published && mirror.Status == ShiftStatus.Claimed,
                    $"{id} after an interrupted claim is {Describe(shift)} and {mirror.Status} by {mirror.Holder} in the ledger");
            else
                Expect((mirror.Status, mirror.Holder, mirror.StartedAt, mirror.EndedAt) == (shift.Status, shift.Holder, shift.StartedAt, shift.EndedAt),
                    $"the ledger has {id} {mirror.Status} by {mirror.Holder} ({mirror.StartedAt}–{mirror.EndedAt}), the shift says {Describe(shift)}");
            Expect(shift.Version == shiftHistory[id].Count, $"{id} is at version {shift.Version} after {shiftHistory[id].Count} events");
        }
        Expect(Ledger.Version == ledgerHistory.Count, $"the ledger is at version {Ledger.Version} after {ledgerHistory.Count} events");

        // Each person: within every rule, as long as nobody worked outside their planned times.
        if (timing != WorkTiming.OnTime) return;
        foreach (var member in staff)
        {
            var breaches = LabourOracle.BreachesOf(Rules, Calendar.Zone, member.ContractWeeklyHours, TrueWorkOf(member.Id, except: null), TruePaidOf(member.Id, except: null));
            Expect(breaches.Count == 0, $"{member.Id} (contract {Hours.Of(member.ContractWeeklyHours)}) breaks {string.Join(", ", breaches)}");
        }
    }

    // ---- reading the week -------------------------------------------------------------------

    /// <summary>When a person works this week, according to the shifts themselves.</summary>
    private List<TimeRange> TrueWorkOf(PersonId person, ShiftId? except) =>
        shifts.Values
            .Where(s => s.Id != except && IsHeld(s.Status) && s.Holder == person)
            .Select(s => LabourOracle.AtWork(new TimeRange(s.Start, s.End), s.Status, s.StartedAt, s.EndedAt))
            .ToList();

    /// <summary>Paid hours of a person's shifts: planned, or worked when a late finish made them more.</summary>
    private TimeSpan TruePaidOf(PersonId person, ShiftId? except) =>
        Sum(shifts.Values
            .Where(s => s.Id != except && IsHeld(s.Status) && s.Holder == person)
            .Select(s => Paid(s.End - s.Start, s.Status, s.StartedAt, s.EndedAt)));

    private static TimeSpan Paid(TimeSpan planned, ShiftStatus status, DateTimeOffset? startedAt, DateTimeOffset? endedAt) =>
        status == ShiftStatus.Ended && startedAt is { } s && endedAt is { } e && e - s > planned ? e - s : planned;

    private TimeSpan TrueCommittedHours() =>
        Sum(shifts.Values.Where(s => IsLive(s.Status)).Select(s => Max(s.End - s.Start, Worked(s))));

    private static TimeSpan Worked(ShiftState s) =>
        s.Status == ShiftStatus.Ended && s.StartedAt is { } start && s.EndedAt is { } end ? end - start : TimeSpan.Zero;

    private static bool IsLive(ShiftStatus status) => status is not (ShiftStatus.Cancelled or ShiftStatus.NoShow);

    private static bool IsHeld(ShiftStatus status) => status is ShiftStatus.Claimed or ShiftStatus.Started or ShiftStatus.Ended;

    private static TimeSpan Sum(IEnumerable<TimeSpan> spans) => spans.Aggregate(TimeSpan.Zero, (a, b) => a + b);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>
    /// Four times in five a shift where the step makes sense (a free one to claim, a started one to
    /// end…), else any shift, so that refusals are exercised too.
    /// </summary>
    private bool TryPickShift(int pick, Func<ShiftState, bool> sensible, out ShiftId id)
    {
        var pool = pick % 5 == 0 ? order : order.Where(s => sensible(shifts[s])).ToList();
        if (pool.Count == 0) pool = order;
        id = pool.Count == 0 ? default : pool[pick / 5 % pool.Count];
        return pool.Count > 0;
    }

    /// <summary>Shift ids made in order rather than at random, so that a failing script replays the same.</summary>
    private ShiftId NextShiftId() => ShiftId.Parse($"{Week}-{++shiftNumber:x8}");

    /// <summary>The caller at that index of the staff; "the holder" of a shift nobody holds falls back on the first facilitator.</summary>
    private Caller CallerOf(int index)
    {
        var member = staff[index < 0 ? WeekScript.CoManagers.Length : index % staff.Count];
        return new Caller(member.Id, member.Role);
    }

    private StaffRole RoleOf(PersonId person) => staff.First(m => m.Id == person).Role;

    private void Count<TEvent>(Decision<TEvent, ShiftView> decision)
    {
        if (decision is Decision<TEvent, ShiftView>.Reject { Why.Code: var code }) refusals[code] = refusals.GetValueOrDefault(code) + 1;
    }

    private void Expect(bool condition, string what)
    {
        if (!condition) Break(what);
    }

    private void Break(string what) => broken.Add(what);

    private void Note(string line) => journal.Add(line);

    private string Describe(TimeRange range)
    {
        var start = Calendar.ToLocal(range.Start);
        var end = Calendar.ToLocal(range.End);
        return string.Create(CultureInfo.InvariantCulture, $"{start:ddd dd HH:mm}–{end:HH:mm}{(end.Date != start.Date ? "(+1)" : "")}");
    }

    private string Describe(ShiftState s) =>
        $"[{Describe(new TimeRange(s.Start, s.End))} {s.Status}{(s.Holder is { } h ? $" by {h}" : "")}"
        + $"{(s.StartedAt is { } a ? $" from {Calendar.ToLocal(a):HH:mm}" : "")}{(s.EndedAt is { } e ? $" to {Calendar.ToLocal(e):HH:mm}" : "")}]";

    private string Describe(IShiftCommand command)
    {
        var what = command switch
        {
            Claim c => $"claim for {c.For}",
            Release => "release",
            Start s => $"start at {Calendar.ToLocal(s.At):ddd HH:mm}",
            End e => $"end at {Calendar.ToLocal(e.At):ddd HH:mm}",
            Cancel => "cancel",
            MarkNoShow n => $"no-show at {Calendar.ToLocal(n.At):ddd HH:mm}",
            _ => command.ToString(),
        };
        return $"{what} by {command.By.Person} [{command.CommandId}]";
    }

    private static string Describe<TEvent>(Decision<TEvent, ShiftView> decision) => decision switch
    {
        Decision<TEvent, ShiftView>.Accept a => $"accepted ({a.Events.Count} events)",
        Decision<TEvent, ShiftView>.Reject { Why: var why } => $"refused {why.Code}{(why.Would is { } w ? $" {Hours.Of(w)} of {Hours.Of(why.Limit)}" : "")}{(why.Holder is { } h ? $" holder {h}" : "")}",
        Decision<TEvent, ShiftView>.Repeat => "repeat",
        _ => decision.ToString()!,
    };
}
