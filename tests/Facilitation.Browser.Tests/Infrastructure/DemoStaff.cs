namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>The demo sign-ins of the README (Development environment), Casaco's.</summary>
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
    };

    /// <summary>The names on the sign-in buttons.</summary>
    public static readonly Dictionary<string, string> Names = new()
    {
        ["aurelien"] = "Aurélien",
        ["sybille"] = "Sybille",
        ["lea"] = "Léa",
        ["samir"] = "Samir",
        ["camille"] = "Camille",
        ["mathieu"] = "Mathieu",
        ["ines"] = "Inès",
        ["youssef"] = "Youssef",
        ["claire"] = "Claire",
    };
}
