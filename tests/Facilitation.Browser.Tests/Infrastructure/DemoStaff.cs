namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>The demo sign-ins of the README (Development environment).</summary>
public static class DemoStaff
{
    public static readonly Dictionary<string, string> Pins = new()
    {
        ["aurelien"] = "4821",
        ["sybille"] = "7356",
        ["lea"] = "2958",
        ["samir"] = "6143",
        ["claire"] = "1469",
    };
}
