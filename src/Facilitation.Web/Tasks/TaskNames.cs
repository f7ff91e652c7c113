using Facilitation.Domain.Tasks;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Web.Tasks;

/// <summary>The words the API uses for tasks and requests (kebab-case, stable), and their French labels.</summary>
public static class TaskNames
{
    public static string Of(TaskKind kind) => kind switch
    {
        TaskKind.Welcome => "welcome",
        TaskKind.Logistics => "logistics",
        TaskKind.Cleaning => "cleaning",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(TaskStatus status) => status switch
    {
        TaskStatus.Open => "open",
        TaskStatus.Escalated => "escalated",
        TaskStatus.Claimed => "claimed",
        TaskStatus.Done => "done",
        TaskStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Of(TaskOrigin origin) => origin switch
    {
        TaskOrigin.MemberRequest => "member-request",
        TaskOrigin.RoomBooking => "room-booking",
        TaskOrigin.Event => "event",
        TaskOrigin.Schedule => "schedule",
        TaskOrigin.Staff => "staff",
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public static string Of(TaskPriority priority) => priority switch
    {
        TaskPriority.Normal => "normal",
        TaskPriority.High => "high",
        TaskPriority.Urgent => "urgent",
        _ => throw new ArgumentOutOfRangeException(nameof(priority)),
    };

    public static readonly IReadOnlyDictionary<string, RequestCategory> Categories = new Dictionary<string, RequestCategory>
    {
        ["printer"] = RequestCategory.Printer,
        ["supplies"] = RequestCategory.Supplies,
        ["cleaning"] = RequestCategory.Cleaning,
        ["room-problem"] = RequestCategory.RoomProblem,
        ["visitor-arrived"] = RequestCategory.VisitorArrived,
        ["other"] = RequestCategory.Other,
    };

    /// <summary>The task's title when the member wrote nothing: what the kiosk's button said.</summary>
    public static string Label(RequestCategory category) => category switch
    {
        RequestCategory.Printer => "Imprimante",
        RequestCategory.Supplies => "Fournitures",
        RequestCategory.Cleaning => "Ménage",
        RequestCategory.RoomProblem => "Problème de salle",
        RequestCategory.VisitorArrived => "Visiteur arrivé",
        RequestCategory.Other => "Autre demande",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
