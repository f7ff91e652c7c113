using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Sites;
using Facilitation.Web.Routines;
using Facilitation.Domain.Tasks;
using Facilitation.Web.Sessions;

namespace Facilitation.Web.Sites;

/// <summary>
/// Reads the site files of a folder (<c>&lt;site&gt;.json</c>, see ops/sites/README.md) and, when a
/// staff folder is given, the matching <c>&lt;site&gt;.staff.json</c>. Everything is checked before
/// anything is used: every problem found is reported together, naming the file and the field, in
/// one <see cref="SiteFileException"/>.
/// </summary>
public static class SiteFileLoader
{
    public const string SiteFileSuffix = ".json";
    public const string StaffFileSuffix = ".staff.json";

    private const int MinimumFloor = -5;
    private const int MaximumFloor = 100;
    private const int MaximumNameLength = 80;
    private const double HoursInAWeek = 7 * 24;
    private const double MaximumDelayMinutes = 240;
    private const double MaximumPriceEuros = 10_000;
    private const int MaximumPassMonths = 24;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static SiteCatalog Load(SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Load(options.ResolveFolder(), options.ResolveStaffFolder());
    }

    /// <param name="folder">The folder of the site files; its sub-folders are not read.</param>
    /// <param name="staffFolder">The folder of the staff files, or null for sites without staff.</param>
    public static SiteCatalog Load(string folder, string? staffFolder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var problems = new Problems();

        var sites = new List<Site>();
        var siteFileNames = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            problems.Add(folder, "", "the folder of the site files does not exist");
        }
        else
        {
            var files = Directory.EnumerateFiles(folder, "*" + SiteFileSuffix, SearchOption.TopDirectoryOnly)
                .Where(f => f.EndsWith(SiteFileSuffix, StringComparison.OrdinalIgnoreCase)
                            && !f.EndsWith(StaffFileSuffix, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0) problems.Add(folder, "", $"no site file (<site>{SiteFileSuffix}) in this folder");
            foreach (var file in files)
            {
                siteFileNames.Add(Path.GetFileName(file)[..^SiteFileSuffix.Length]);
                var dto = Read<SiteFile>(file, problems);
                if (dto is not null && ToSite(file, dto, problems) is { } site) sites.Add(site);
            }
        }

        if (staffFolder is not null)
        {
            sites = LoadStaff(staffFolder, sites, siteFileNames, problems);
        }

        if (problems.Count > 0) throw new SiteFileException(problems.ToList());
        return new SiteCatalog(sites);
    }

    private static List<Site> LoadStaff(string staffFolder, List<Site> sites, HashSet<string> siteFileNames, Problems problems)
    {
        if (!Directory.Exists(staffFolder))
        {
            problems.Add(staffFolder, "", "the folder of the staff files does not exist");
            return sites;
        }

        var byId = sites.ToDictionary(s => s.Id.Value, StringComparer.Ordinal);
        var seenPeople = new Dictionary<string, string>(StringComparer.Ordinal); // person id → file
        var files = Directory.EnumerateFiles(staffFolder, "*" + StaffFileSuffix, SearchOption.TopDirectoryOnly)
            .Where(f => f.EndsWith(StaffFileSuffix, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var siteName = Path.GetFileName(file)[..^StaffFileSuffix.Length];
            if (!byId.TryGetValue(siteName, out var site))
            {
                // A site file that failed has already been reported: do not add "unknown site" to it.
                if (!siteFileNames.Contains(siteName))
                    problems.Add(file, "", $"staff file for an unknown site '{siteName}': there is no {siteName}{SiteFileSuffix} among the site files");
                continue;
            }

            var dto = Read<StaffFile>(file, problems);
            if (dto is null) continue;
            if (ToStaff(file, dto, site, seenPeople, problems) is { } staff)
                byId[siteName] = site with { Staff = staff };
        }

        return byId.Values.ToList();
    }

    private static T? Read<T>(string file, Problems problems) where T : class
    {
        try
        {
            using var stream = File.OpenRead(file);
            var dto = JsonSerializer.Deserialize<T>(stream, Json);
            if (dto is null) problems.Add(file, "", "the file holds null instead of an object");
            return dto;
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            var message = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "unknown field: check its spelling against ops/sites/README.md"
                : $"not readable as JSON of the expected shape{where}: {FirstSentence(e.Message)}";
            problems.Add(file, field, message);
            return null;
        }
        catch (IOException e)
        {
            problems.Add(file, "", $"cannot be read: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            problems.Add(file, "", $"cannot be read: {e.Message}");
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private static Site? ToSite(string file, SiteFile dto, Problems problems)
    {
        var before = problems.Count;
        var check = new FileChecker(file, problems);

        SiteId id = default;
        if (check.Required(dto.Id, "id") is { } rawId)
        {
            if (!SiteId.IsValid(rawId))
                check.Fail("id", $"'{rawId}' is not a site id: {SlugRule}");
            else
            {
                id = new SiteId(rawId);
                var expected = rawId + SiteFileSuffix;
                if (!string.Equals(Path.GetFileName(file), expected, StringComparison.Ordinal))
                    check.Fail("id", $"'{rawId}' does not match the file name: a site's file is named {expected}");
            }
        }

        var name = check.Name(dto.Name, "name");
        var address = check.Text(dto.Address, "address", 200);
        var zone = TimeZone(check, dto.TimeZone);
        var capacity = check.Positive(dto.Capacity, "capacity");
        var rules = Rules(check, dto.LabourRules);
        var rooms = Rooms(check, dto.Rooms, capacity);
        var desks = Desks(check, dto.Desks, dto.DeskCount, capacity);
        var opening = Opening(check, dto.OpeningHours);
        var deadlines = Deadlines(check, dto.TaskDeadlines);
        var bookingTasks = BookingTasks(check, dto.BookingTasks);
        var plans = Plans(check, dto.Plans);
        var routines = Routines(check, dto.Routines, rooms);

        if (problems.Count > before) return null;
        return new Site(id, name!, address!, zone!, capacity, rules!, rooms, desks, opening, [])
        {
            TaskDeadlines = deadlines, BookingTasks = bookingTasks, Plans = plans, Routines = routines,
        };
    }

    private static TimeZoneInfo? TimeZone(FileChecker check, string? raw)
    {
        if (check.Required(raw, "timeZone") is not { } zoneId) return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            check.Fail("timeZone", $"'{zoneId}' is not a known time zone: use an IANA name such as \"Europe/Paris\"");
            return null;
        }
    }

    private static LabourRules? Rules(FileChecker check, LabourRulesFile? dto)
    {
        if (dto is null)
        {
            check.Fail("labourRules", "required");
            return null;
        }

        const string at = "labourRules.";
        var budget = check.Hours(dto.WeeklyBudgetHours, at + "weeklyBudgetHours", HoursInAWeek, allowZero: false);
        var rest = check.Hours(dto.MinimumDailyRestHours, at + "minimumDailyRestHours", 24, allowZero: true);
        var daily = check.Hours(dto.MaximumDailyWorkHours, at + "maximumDailyWorkHours", 24, allowZero: false);
        var weekly = check.Hours(dto.MaximumWeeklyWorkHours, at + "maximumWeeklyWorkHours", HoursInAWeek, allowZero: false);
        var early = check.Minutes(dto.EarliestStartBeforeMinutes, at + "earliestStartBeforeMinutes");
        var noShow = check.Minutes(dto.NoShowAfterMinutes, at + "noShowAfterMinutes");

        if (rest is { } r && daily is { } d && r + d > 24)
            check.Fail(at + "maximumDailyWorkHours", $"{d} h of work plus {r} h of rest do not fit in a 24-hour day");
        if (daily is { } dd && weekly is { } w && dd > w)
            check.Fail(at + "maximumWeeklyWorkHours", $"{w} h a week is less than the {dd} h allowed in one day");

        if (budget is null || rest is null || daily is null || weekly is null || early is null || noShow is null) return null;
        return new LabourRules
        {
            WeeklyBudget = TimeSpan.FromHours(budget.Value),
            MinimumDailyRest = TimeSpan.FromHours(rest.Value),
            MaximumDailyWork = TimeSpan.FromHours(daily.Value),
            MaximumWeeklyWork = TimeSpan.FromHours(weekly.Value),
            EarliestStartBefore = TimeSpan.FromMinutes(early.Value),
            NoShowAfter = TimeSpan.FromMinutes(noShow.Value),
        };
    }

    /// <summary>Optional: each kind and priority left out keeps its default (TaskDeadlines).</summary>
    private static TaskDeadlines Deadlines(FileChecker check, TaskDeadlinesFile? dto)
    {
        var defaults = new TaskDeadlines();
        if (dto is null) return defaults;
        TimeSpan Pick(double? minutes, string field, TimeSpan fallback)
        {
            if (minutes is null) return fallback;
            if (check.Minutes(minutes, "taskDeadlines." + field) is not { } m) return fallback;
            if (m <= 0) check.Fail("taskDeadlines." + field, "a task needs some time before it is late: more than 0 min");
            return TimeSpan.FromMinutes(m);
        }
        var welcome = dto.Welcome ?? new PriorityMinutesFile(null, null, null);
        var logistics = dto.Logistics ?? new PriorityMinutesFile(null, null, null);
        var cleaning = dto.Cleaning ?? new PriorityMinutesFile(null, null, null);
        return new TaskDeadlines
        {
            WelcomeNormal = Pick(welcome.Normal, "welcome.normal", defaults.WelcomeNormal),
            WelcomeHigh = Pick(welcome.High, "welcome.high", defaults.WelcomeHigh),
            WelcomeUrgent = Pick(welcome.Urgent, "welcome.urgent", defaults.WelcomeUrgent),
            LogisticsNormal = Pick(logistics.Normal, "logistics.normal", defaults.LogisticsNormal),
            LogisticsHigh = Pick(logistics.High, "logistics.high", defaults.LogisticsHigh),
            LogisticsUrgent = Pick(logistics.Urgent, "logistics.urgent", defaults.LogisticsUrgent),
            CleaningNormal = Pick(cleaning.Normal, "cleaning.normal", defaults.CleaningNormal),
            CleaningHigh = Pick(cleaning.High, "cleaning.high", defaults.CleaningHigh),
            CleaningUrgent = Pick(cleaning.Urgent, "cleaning.urgent", defaults.CleaningUrgent),
        };
    }

    /// <summary>Optional: each time left out keeps its default (BookingTaskTimes).</summary>
    private static BookingTaskTimes BookingTasks(FileChecker check, BookingTasksFile? dto)
    {
        var defaults = new BookingTaskTimes();
        if (dto is null) return defaults;
        TimeSpan Pick(double? minutes, string field, TimeSpan fallback) =>
            minutes is null ? fallback : check.Minutes(minutes, "bookingTasks." + field) is { } m ? TimeSpan.FromMinutes(m) : fallback;
        return new BookingTaskTimes
        {
            SetupBefore = Pick(dto.SetupBeforeMinutes, "setupBeforeMinutes", defaults.SetupBefore),
            WelcomeBefore = Pick(dto.WelcomeBeforeMinutes, "welcomeBeforeMinutes", defaults.WelcomeBefore),
            CleaningAfter = Pick(dto.CleaningAfterMinutes, "cleaningAfterMinutes", defaults.CleaningAfter),
        };
    }

    /// <summary>Optional: the site's recurring operations (see Routines/RoutineInputReader for the checks, shared with the API).</summary>
    private static SiteRoutines Routines(FileChecker check, List<RoutineInput?>? dtos, List<Room> rooms)
    {
        if (dtos is null) return SiteRoutines.None;
        var routines = new List<RoutineDefinition>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dtos.Count; i++)
        {
            var at = $"routines[{i}]";
            if (dtos[i] is not { } dto)
            {
                check.Fail(at, "must be an object, not null");
                continue;
            }
            if (dto.Id is { } id && !ids.Add(id)) check.Fail(at + ".id", $"duplicate routine id '{id}'");
            var routine = RoutineInputReader.Read(dto, dto.Id, room => rooms.Any(r => r.Id == room), at + ".", (field, _, english) => check.Fail(field, english));
            if (routine is not null) routines.Add(routine);
        }
        return new SiteRoutines(routines, []);
    }

    /// <summary>Optional: each price or the pass validity left out keeps its default (MemberPlans, Casaco's fact sheet).</summary>
    private static MemberPlans Plans(FileChecker check, PlansFile? dto)
    {
        var defaults = new MemberPlans();
        if (dto is null) return defaults;
        decimal Price(double? euros, string field, decimal fallback)
        {
            if (euros is not { } e) return fallback;
            if (!double.IsFinite(e) || e < 0 || e > MaximumPriceEuros)
            {
                check.Fail("plans." + field, $"{e.ToString(CultureInfo.InvariantCulture)} is not a price from 0 to {MaximumPriceEuros} € HT");
                return fallback;
            }
            return (decimal)e;
        }
        var months = dto.PassValidityMonths ?? defaults.PassValidityMonths;
        if (months is < 1 or > MaximumPassMonths)
            check.Fail("plans.passValidityMonths", $"{months} is not a number of months from 1 to {MaximumPassMonths}");
        return new MemberPlans
        {
            ResidentMonthlyEuros = Price(dto.ResidentMonthlyEuros, "residentMonthlyEuros", defaults.ResidentMonthlyEuros),
            NomadMonthlyEuros = Price(dto.NomadMonthlyEuros, "nomadMonthlyEuros", defaults.NomadMonthlyEuros),
            PassEuros = Price(dto.PassEuros, "passEuros", defaults.PassEuros),
            PassValidityMonths = months,
        };
    }

    private static List<Room> Rooms(FileChecker check, List<RoomFile?>? dtos, int siteCapacity)
    {
        var rooms = new List<Room>();
        if (dtos is null)
        {
            check.Fail("rooms", "required (an empty list [] if the site has no room)");
            return rooms;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < dtos.Count; i++)
        {
            var at = $"rooms[{i}]";
            if (dtos[i] is not { } dto)
            {
                check.Fail(at, "must be an object, not null");
                continue;
            }

            var id = check.Slug(dto.Id, at + ".id", "room");
            if (id is not null && !ids.Add(id)) check.Fail(at + ".id", $"duplicate room id '{id}'");
            var name = check.Name(dto.Name, at + ".name");
            if (name is not null && !names.Add(name)) check.Fail(at + ".name", $"duplicate room name '{name}'");
            var kind = check.OneOf(dto.Kind, at + ".kind", RoomKinds);
            var floor = check.Floor(dto.Floor, at + ".floor");
            var capacity = check.Positive(dto.Capacity, at + ".capacity");
            if (siteCapacity > 0 && capacity > siteCapacity)
                check.Fail(at + ".capacity", $"{capacity} is more than the site's capacity of {siteCapacity}");

            if (id is not null && name is not null && kind is { } k && floor is { } f && capacity > 0)
                rooms.Add(new Room(id, name, k, f, capacity));
        }

        return rooms;
    }

    private static List<Desk> Desks(FileChecker check, List<DeskFile?>? dtos, int? deskCount, int siteCapacity)
    {
        var desks = new List<Desk>();
        if (deskCount is null) check.Fail("deskCount", "required: the number of workstations, which the desks list must match");
        else if (deskCount < 0) check.Fail("deskCount", $"{deskCount} is negative");
        if (dtos is null)
        {
            check.Fail("desks", "required (an empty list [] if the site has no desk)");
            return desks;
        }

        if (deskCount is >= 0 && dtos.Count != deskCount)
            check.Fail("desks", $"{dtos.Count} desks are listed but deskCount says {deskCount}");
        if (siteCapacity > 0 && dtos.Count > siteCapacity)
            check.Fail("desks", $"{dtos.Count} desks are more than the site's capacity of {siteCapacity}");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dtos.Count; i++)
        {
            var at = $"desks[{i}]";
            if (dtos[i] is not { } dto)
            {
                check.Fail(at, "must be an object, not null");
                continue;
            }

            var id = check.Slug(dto.Id, at + ".id", "desk");
            if (id is not null && !ids.Add(id)) check.Fail(at + ".id", $"duplicate desk id '{id}'");
            var floor = check.Floor(dto.Floor, at + ".floor");
            var kind = check.OneOf(dto.Kind, at + ".kind", DeskKinds);
            var area = check.Name(dto.Area, at + ".area");

            if (id is not null && floor is { } f && kind is { } k && area is not null)
                desks.Add(new Desk(id, f, k, area));
        }

        return desks;
    }

    private static List<OpeningHours> Opening(FileChecker check, List<OpeningHoursFile?>? dtos)
    {
        var opening = new List<OpeningHours>();
        if (dtos is null || dtos.Count == 0)
        {
            check.Fail("openingHours", "required: at least one open day");
            return opening;
        }

        var days = new HashSet<DayOfWeek>();
        for (var i = 0; i < dtos.Count; i++)
        {
            var at = $"openingHours[{i}]";
            if (dtos[i] is not { } dto)
            {
                check.Fail(at, "must be an object, not null");
                continue;
            }

            var day = check.OneOf(dto.Day, at + ".day", Days);
            if (day is { } d && !days.Add(d)) check.Fail(at + ".day", $"'{dto.Day}' is given twice: one entry per day");
            var opens = check.Time(dto.Opens, at + ".opens");
            var closes = check.Time(dto.Closes, at + ".closes");
            if (opens is { } o && closes is { } c && c <= o)
                check.Fail(at + ".closes", $"{dto.Closes} is not after the opening time {dto.Opens} (a day closes before midnight)");

            if (day is { } dd && opens is { } oo && closes is { } cc && cc > oo)
                opening.Add(new OpeningHours(dd, oo, cc));
        }

        // Monday first, as a French week reads.
        return opening.OrderBy(o => ((int)o.Day + 6) % 7).ToList();
    }

    private static List<StaffMember>? ToStaff(
        string file, StaffFile dto, Site site, Dictionary<string, string> seenPeople, Problems problems)
    {
        var before = problems.Count;
        var check = new FileChecker(file, problems);

        if (check.Required(dto.Site, "site") is { } siteId && siteId != site.Id.Value)
            check.Fail("site", $"'{siteId}' does not match the file name: the staff of {site.Id} is in {site.Id}{StaffFileSuffix}");

        var staff = new List<StaffMember>();
        if (dto.Staff is null)
        {
            check.Fail("staff", "required (an empty list [] if the site has no staff)");
            return null;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var maximumWeekly = site.Rules.MaximumWeeklyWork.TotalHours;
        for (var i = 0; i < dto.Staff.Count; i++)
        {
            var at = $"staff[{i}]";
            if (dto.Staff[i] is not { } person)
            {
                check.Fail(at, "must be an object, not null");
                continue;
            }

            var id = check.Slug(person.Id, at + ".id", "person");
            if (id is not null)
            {
                if (seenPeople.TryGetValue(id, out var otherFile))
                    check.Fail(at + ".id", otherFile == file
                        ? $"duplicate person id '{id}'"
                        : $"duplicate person id '{id}': already in {otherFile} (a person id is unique in the network)");
                else seenPeople[id] = file;
            }

            var name = check.Name(person.Name, at + ".name");
            if (name is not null && !names.Add(name))
                check.Fail(at + ".name", $"duplicate name '{name}': people sign in by name, so names differ within a site");
            var role = check.OneOf(person.Role, at + ".role", Roles);
            var hours = check.Hours(person.ContractWeeklyHours, at + ".contractWeeklyHours", maximumWeekly, allowZero: false);
            var pinHash = check.Required(person.PinHash, at + ".pinHash");
            if (pinHash is not null && !PinHasher.IsWellFormedHash(pinHash))
                check.Fail(at + ".pinHash",
                    $"not a PIN hash: expected {PinHasher.Algorithm}$<iterations>$<base64 salt>$<base64 hash> as PinHasher.Hash writes it (never the PIN itself)");

            if (id is not null && name is not null && role is { } r && hours is { } h && pinHash is not null)
                staff.Add(new StaffMember(new PersonId(id), name, r, TimeSpan.FromHours(h), pinHash));
        }

        return problems.Count > before ? null : staff;
    }

    private const string SlugRule = "lower-case letters, digits and dashes, 1 to 40 long, not starting or ending with a dash";

    private static readonly IReadOnlyDictionary<string, RoomKind> RoomKinds = new Dictionary<string, RoomKind>
    {
        ["meetingRoom"] = RoomKind.MeetingRoom,
        ["fablab"] = RoomKind.Fablab,
        ["sharedSpace"] = RoomKind.SharedSpace,
    };

    private static readonly IReadOnlyDictionary<string, DeskKind> DeskKinds = new Dictionary<string, DeskKind>
    {
        ["resident"] = DeskKind.Resident,
        ["nomad"] = DeskKind.Nomad,
    };

    private static readonly IReadOnlyDictionary<string, StaffRole> Roles = new Dictionary<string, StaffRole>
    {
        ["facilitator"] = StaffRole.Facilitator,
        ["coManager"] = StaffRole.CoManager,
    };

    private static readonly IReadOnlyDictionary<string, DayOfWeek> Days = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>The problems found so far, in the order found.</summary>
    private sealed class Problems
    {
        private readonly List<SiteFileError> _errors = [];

        public int Count => _errors.Count;

        public void Add(string file, string field, string message) => _errors.Add(new SiteFileError(file, field, message));

        public List<SiteFileError> ToList() => [.. _errors];
    }

    /// <summary>Field checks for one file: each reports a problem and returns null when the value is wrong.</summary>
    private sealed class FileChecker(string file, Problems problems)
    {
        public void Fail(string field, string message) => problems.Add(file, field, message);

        public string? Required(string? value, string field)
        {
            if (!string.IsNullOrWhiteSpace(value)) return value;
            Fail(field, value is null ? "required" : "must not be blank");
            return null;
        }

        public string? Text(string? value, string field, int maxLength)
        {
            if (Required(value, field) is not { } text) return null;
            if (text != text.Trim()) Fail(field, $"'{text}' has leading or trailing spaces");
            else if (text.Length > maxLength) Fail(field, $"longer than {maxLength} characters");
            else return text;
            return null;
        }

        public string? Name(string? value, string field) => Text(value, field, MaximumNameLength);

        public string? Slug(string? value, string field, string what)
        {
            if (Required(value, field) is not { } slug) return null;
            if (SiteId.IsValid(slug)) return slug;
            Fail(field, $"'{slug}' is not a valid {what} id: {SlugRule}");
            return null;
        }

        public int Positive(int? value, string field)
        {
            if (value is null) Fail(field, "required");
            else if (value <= 0) Fail(field, $"{value} must be more than 0");
            else return value.Value;
            return 0;
        }

        public int? Floor(int? value, string field)
        {
            if (value is null) Fail(field, "required");
            else if (value is < MinimumFloor or > MaximumFloor) Fail(field, $"{value} is not a floor between {MinimumFloor} and {MaximumFloor}");
            else return value;
            return null;
        }

        public double? Hours(double? value, string field, double maximum, bool allowZero)
        {
            if (value is not { } hours) Fail(field, "required");
            else if (!double.IsFinite(hours)) Fail(field, "must be a number");
            else if (hours < 0) Fail(field, $"{Format(hours)} h is negative");
            else if (hours == 0 && !allowZero) Fail(field, "must be more than 0 h");
            else if (hours > maximum) Fail(field, $"{Format(hours)} h is more than {Format(maximum)} h");
            else return hours;
            return null;
        }

        public double? Minutes(double? value, string field)
        {
            if (value is not { } minutes) Fail(field, "required");
            else if (!double.IsFinite(minutes)) Fail(field, "must be a number");
            else if (minutes < 0) Fail(field, $"{Format(minutes)} min is negative");
            else if (minutes > MaximumDelayMinutes) Fail(field, $"{Format(minutes)} min is more than {MaximumDelayMinutes} min");
            else return minutes;
            return null;
        }

        public TimeOnly? Time(string? value, string field)
        {
            if (Required(value, field) is not { } text) return null;
            if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
            Fail(field, $"'{text}' is not a time of day written HH:mm (\"09:00\")");
            return null;
        }

        public T? OneOf<T>(string? value, string field, IReadOnlyDictionary<string, T> allowed) where T : struct
        {
            if (Required(value, field) is not { } text) return null;
            if (allowed.TryGetValue(text, out var known)) return known;
            Fail(field, $"'{text}' is not one of {string.Join(", ", allowed.Keys.Select(k => $"\"{k}\""))}");
            return null;
        }

        private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }

    // ---- The file formats: what the JSON holds, before any check. Every field is optional here so
    // ---- that a missing one is reported by name instead of failing the whole file.

    private sealed record SiteFile(
        string? Id,
        string? Name,
        string? Address,
        string? TimeZone,
        int? Capacity,
        List<string>? Notes,
        LabourRulesFile? LabourRules,
        List<RoomFile?>? Rooms,
        int? DeskCount,
        List<DeskFile?>? Desks,
        List<OpeningHoursFile?>? OpeningHours,
        TaskDeadlinesFile? TaskDeadlines = null,
        BookingTasksFile? BookingTasks = null,
        PlansFile? Plans = null,
        List<RoutineInput?>? Routines = null);

    private sealed record BookingTasksFile(double? SetupBeforeMinutes, double? WelcomeBeforeMinutes, double? CleaningAfterMinutes);

    private sealed record PlansFile(double? ResidentMonthlyEuros, double? NomadMonthlyEuros, double? PassEuros, int? PassValidityMonths);

    private sealed record TaskDeadlinesFile(PriorityMinutesFile? Welcome, PriorityMinutesFile? Logistics, PriorityMinutesFile? Cleaning);

    private sealed record PriorityMinutesFile(double? Normal, double? High, double? Urgent);

    private sealed record LabourRulesFile(
        double? WeeklyBudgetHours,
        double? MinimumDailyRestHours,
        double? MaximumDailyWorkHours,
        double? MaximumWeeklyWorkHours,
        double? EarliestStartBeforeMinutes,
        double? NoShowAfterMinutes);

    private sealed record RoomFile(string? Id, string? Name, string? Kind, int? Floor, int? Capacity);

    private sealed record DeskFile(string? Id, int? Floor, string? Kind, string? Area);

    private sealed record OpeningHoursFile(string? Day, string? Opens, string? Closes);

    private sealed record StaffFile(string? Site, List<string>? Notes, List<StaffMemberFile?>? Staff);

    private sealed record StaffMemberFile(string? Id, string? Name, string? Role, double? ContractWeeklyHours, string? PinHash);
}
