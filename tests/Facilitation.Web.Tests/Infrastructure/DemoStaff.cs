namespace Facilitation.Web.Tests.Infrastructure;

/// <summary>The demo sign-ins of ops/sites/README.md.</summary>
public static class DemoStaff
{
    public static readonly Dictionary<string, string> Pins = new()
    {
        ["aurelien"] = "4821",
        ["sybille"] = "7356",
        ["lea"] = "2958",
        ["samir"] = "6143",
        ["camille"] = "3097",
        ["mathieu"] = "8620",
        ["ines"] = "5184",
        ["youssef"] = "9273",
        ["claire"] = "1469",
        ["morgane"] = "3815",
        ["hugo"] = "7042",
        ["amandine"] = "5608",
    };

    public static readonly Dictionary<string, double> Contracts = new()
    {
        ["aurelien"] = 35, ["sybille"] = 35, ["lea"] = 20, ["samir"] = 14, ["camille"] = 12,
        ["mathieu"] = 12, ["ines"] = 10, ["youssef"] = 9, ["claire"] = 8,
    };

    public static readonly string[] CasacoCoManagers = ["aurelien", "sybille"];

    public static readonly string[] CasacoFacilitators = ["lea", "samir", "camille", "mathieu", "ines", "youssef", "claire"];

    public static IEnumerable<string> Casaco => CasacoCoManagers.Concat(CasacoFacilitators);
}
