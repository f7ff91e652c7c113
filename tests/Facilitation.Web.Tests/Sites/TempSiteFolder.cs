using System.Text.Json.Nodes;
using Facilitation.Web.Sessions;

namespace Facilitation.Web.Tests.Sites;

/// <summary>A throw-away folder of site and staff files, starting from small valid ones to break.</summary>
internal sealed class TempSiteFolder : IDisposable
{
    public TempSiteFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "facilitation-sites-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Staff);
    }

    public string Root { get; }

    public string Staff => Path.Combine(Root, "staff");

    public static JsonObject ValidSite(string id) => new()
    {
        ["id"] = id,
        ["name"] = "Test " + id,
        ["address"] = "1 rue de l'Essai, 92240 Malakoff",
        ["timeZone"] = "Europe/Paris",
        ["capacity"] = 20,
        ["labourRules"] = new JsonObject
        {
            ["weeklyBudgetHours"] = 20,
            ["minimumDailyRestHours"] = 11,
            ["maximumDailyWorkHours"] = 10,
            ["maximumWeeklyWorkHours"] = 48,
            ["earliestStartBeforeMinutes"] = 30,
            ["noShowAfterMinutes"] = 15,
        },
        ["rooms"] = new JsonArray(
            new JsonObject { ["id"] = "salle-a", ["name"] = "Salle A", ["kind"] = "meetingRoom", ["floor"] = 0, ["capacity"] = 6 }),
        ["deskCount"] = 2,
        ["desks"] = new JsonArray(
            new JsonObject { ["id"] = "poste-01", ["floor"] = 0, ["kind"] = "resident", ["area"] = "Bureau" },
            new JsonObject { ["id"] = "poste-02", ["floor"] = 0, ["kind"] = "nomad", ["area"] = "Open space" }),
        ["openingHours"] = new JsonArray(
            new JsonObject { ["day"] = "monday", ["opens"] = "09:00", ["closes"] = "18:00" }),
    };

    public static JsonObject ValidStaff(string site, params string[] people)
    {
        var staff = new JsonArray();
        foreach (var person in people)
        {
            staff.Add(new JsonObject
            {
                ["id"] = person,
                ["name"] = char.ToUpperInvariant(person[0]) + person[1..],
                ["role"] = "facilitator",
                ["contractWeeklyHours"] = 10,
                ["pinHash"] = PinHasher.Hash("1234"),
            });
        }
        return new JsonObject { ["site"] = site, ["staff"] = staff };
    }

    public string WriteSite(string fileName, JsonNode content) => Write(Path.Combine(Root, fileName), content.ToJsonString());

    public string WriteStaff(string fileName, JsonNode content) => Write(Path.Combine(Staff, fileName), content.ToJsonString());

    public string WriteSiteText(string fileName, string text) => Write(Path.Combine(Root, fileName), text);

    private static string Write(string path, string text)
    {
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
