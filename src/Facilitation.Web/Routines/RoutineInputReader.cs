using Facilitation.Domain.Ids;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;

namespace Facilitation.Web.Routines;

/// <summary>
/// Checks a <see cref="RoutineInput"/> field by field (the same checks for a site file and for the
/// API) and makes the routine, or reports each field at fault through <paramref name="fail"/>.
/// </summary>
public static class RoutineInputReader
{
    public const double MaximumLeadHours = 31 * 24;
    public const double MaximumDurationHours = 24;
    public const double MaximumOffsetHours = 31 * 24;
    public const int MaximumTitleLength = 80;

    public delegate void Fail(string field, string french, string english);

    public static readonly IReadOnlyDictionary<string, RoutineKind> Kinds = new Dictionary<string, RoutineKind>
    {
        ["members-day"] = RoutineKind.MembersDay,
        ["casaco-tuesday"] = RoutineKind.CasacoTuesday,
        ["food-distribution"] = RoutineKind.FoodDistribution,
        ["opening-round"] = RoutineKind.OpeningRound,
        ["closing-round"] = RoutineKind.ClosingRound,
        ["cleaning-round"] = RoutineKind.CleaningRound,
        ["custom"] = RoutineKind.Custom,
    };

    private static readonly IReadOnlyDictionary<string, ShiftRole> Roles = new Dictionary<string, ShiftRole>
    {
        ["welcome"] = ShiftRole.Welcome, ["community"] = ShiftRole.Community, ["logistics"] = ShiftRole.Logistics, ["cleaning"] = ShiftRole.Cleaning,
    };

    private static readonly IReadOnlyDictionary<string, TaskKind> TaskKinds = new Dictionary<string, TaskKind>
    {
        ["welcome"] = TaskKind.Welcome, ["logistics"] = TaskKind.Logistics, ["cleaning"] = TaskKind.Cleaning,
    };

    public static string NameOf(RoutineKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static string NameOf(ShiftRole role) => Roles.First(k => k.Value == role).Key;

    public static string NameOf(TaskKind kind) => TaskKinds.First(k => k.Value == kind).Key;

    /// <param name="at">The prefix of the field names ("routines[0]." in a site file, "" in a request).</param>
    public static RoutineDefinition? Read(RoutineInput input, string? id, Func<string, bool> roomExists, string at, Fail fail)
    {
        var ok = true;
        void No(string field, string french, string english)
        {
            ok = false;
            fail(at + field, french, english);
        }

        if (string.IsNullOrWhiteSpace(id)) No("id", "Champ obligatoire.", "Required.");
        else if (!SiteId.IsValid(id)) No("id", $"« {id} » n'est pas un identifiant (minuscules, chiffres, tirets).", $"'{id}' is not an id (lower-case letters, digits, dashes).");

        RoutineKind kind = default;
        if (input.Kind is null || !Kinds.TryGetValue(input.Kind, out kind))
            No("kind", $"Un de : {string.Join(", ", Kinds.Keys)}.", $"One of: {string.Join(", ", Kinds.Keys)}.");

        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > MaximumTitleLength)
            No("title", $"Champ obligatoire, {MaximumTitleLength} caractères au plus.", $"Required, at most {MaximumTitleLength} characters.");

        if (!RoutineRule.TryParse(input.Rule, out var rule, out var ruleError))
            No("rule", $"Règle illisible : « daily 08:45 », « weekly mon,tue 08:45 » ou « monthly 1|2|3|4|last sat 10:00 » ({ruleError}).", $"Unreadable rule: {ruleError}.");

        var duration = Hours(input.DurationHours, "durationHours", 0, MaximumDurationHours, allowZero: false, No);
        var lead = input.LeadHours is null ? 0 : Hours(input.LeadHours, "leadHours", 0, MaximumLeadHours, allowZero: true, No);

        if (input.Room is not null && !roomExists(input.Room))
            No("room", $"La salle « {input.Room} » n'existe pas sur ce site.", $"There is no room '{input.Room}' on this site.");

        var shifts = new List<RoutineShift>();
        for (var i = 0; i < (input.Shifts?.Count ?? 0); i++)
        {
            var shift = input.Shifts![i];
            var field = $"shifts[{i}].";
            if (shift is null) { No(field.TrimEnd('.'), "Objet attendu.", "An object is expected."); continue; }
            ShiftRole role = default;
            if (shift.Role is null || !Roles.TryGetValue(shift.Role, out role))
                No(field + "role", $"Un de : {string.Join(", ", Roles.Keys)}.", $"One of: {string.Join(", ", Roles.Keys)}.");
            var from = Hours(shift.FromHours, field + "fromHours", -MaximumOffsetHours, MaximumOffsetHours, allowZero: true, No);
            var length = Hours(shift.Hours, field + "hours", 0, 10, allowZero: false, No);
            shifts.Add(new RoutineShift(role, TimeSpan.FromHours(from), TimeSpan.FromHours(length)));
        }

        var tasks = new List<RoutineTask>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (input.Tasks?.Count ?? 0); i++)
        {
            var task = input.Tasks![i];
            var field = $"tasks[{i}].";
            if (task is null) { No(field.TrimEnd('.'), "Objet attendu.", "An object is expected."); continue; }
            if (!SiteId.IsValid(task.Key) || !keys.Add(task.Key!))
                No(field + "key", "Un identifiant, différent pour chaque tâche.", "An id, different for each task.");
            TaskKind taskKind = default;
            if (task.Kind is null || !TaskKinds.TryGetValue(task.Kind, out taskKind))
                No(field + "kind", $"Un de : {string.Join(", ", TaskKinds.Keys)}.", $"One of: {string.Join(", ", TaskKinds.Keys)}.");
            if (string.IsNullOrWhiteSpace(task.Title) || task.Title.Trim().Length > MaximumTitleLength)
                No(field + "title", $"Champ obligatoire, {MaximumTitleLength} caractères au plus.", $"Required, at most {MaximumTitleLength} characters.");
            var appears = Hours(task.AppearsHours, field + "appearsHours", -MaximumOffsetHours, MaximumOffsetHours, allowZero: true, No);
            var due = Hours(task.DueHours, field + "dueHours", -MaximumOffsetHours, MaximumOffsetHours, allowZero: true, No);
            if (due < appears) No(field + "dueHours", "Une tâche est due après son apparition.", "A task is due after it appears.");
            tasks.Add(new RoutineTask(task.Key ?? "", taskKind, task.Title?.Trim() ?? "", TimeSpan.FromHours(appears), TimeSpan.FromHours(due)));
        }

        if (!ok) return null;
        return new RoutineDefinition(id!, kind, input.Title!.Trim(), rule, TimeSpan.FromHours(duration), TimeSpan.FromHours(lead), input.Room,
            shifts, tasks, input.Enabled ?? true);
    }

    private static double Hours(double? value, string field, double minimum, double maximum, bool allowZero, Fail no)
    {
        if (value is not { } hours || !double.IsFinite(hours))
            no(field, "Nombre d'heures obligatoire.", "A number of hours is required.");
        else if (hours < minimum || hours > maximum || (hours == 0 && !allowZero))
            no(field, $"Entre {minimum} et {maximum} h{(allowZero ? "" : ", plus de 0")}.", $"Between {minimum} and {maximum} h{(allowZero ? "" : ", more than 0")}.");
        else return hours;
        return 0;
    }
}
