namespace Facilitation.Domain.Outcomes;

/// <summary>Every reason a command can be refused for, as stable codes.</summary>
public static class RejectionCodes
{
    public const string ShiftNotFound = "shift.not-found";
    public const string ShiftHeld = "shift.held";
    public const string ShiftAlreadyYours = "shift.already-yours";
    public const string ShiftNotClaimed = "shift.not-claimed";
    public const string ShiftNotHolder = "shift.not-holder";
    public const string ShiftNotStarted = "shift.not-started";
    public const string ShiftAlreadyStarted = "shift.already-started";
    public const string ShiftFinished = "shift.finished";
    public const string ShiftTooEarlyToStart = "shift.too-early-to-start";
    public const string ShiftTooEarlyForNoShow = "shift.too-early-for-no-show";
    public const string CoManagerOnly = "role.co-manager-only";
    public const string CommandIdReused = "command.id-reused";
    public const string PersonUnknown = "person.unknown";

    public const string WeekOverBudget = "week.over-budget";
    public const string WeekFull = "week.full";
    public const string ContractExceeded = "person.contract";
    public const string Overlap = "person.overlap";
    public const string DailyRest = "person.daily-rest";
    public const string DailyWork = "person.daily-work";
    public const string WeeklyWork = "person.weekly-work";
    public const string ShiftTooLong = "shift.too-long";
    public const string AlreadyHolder = "shift.already-holder";
    public const string NoHandover = "shift.no-handover";
    public const string NotOfferedToYou = "shift.not-offered-to-you";
    public const string AlreadyApproved = "shift.already-approved";
    public const string WorkedInvalid = "shift.worked-invalid";
    public const string WorkedInFuture = "shift.worked-in-future";
}
