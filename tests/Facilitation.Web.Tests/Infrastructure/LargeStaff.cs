using System.Text.Json;
using Facilitation.Web.Sessions;

namespace Facilitation.Web.Tests.Infrastructure;

/// <summary>A staff folder where Casaco has one co-manager and many facilitators, all with one PIN.</summary>
public sealed class LargeStaff : IDisposable
{
    public const string Pin = "1111";

    public LargeStaff(int facilitators)
    {
        Folder = Path.Combine(Path.GetTempPath(), "facilitation-staff", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var hash = PinHasher.Hash(Pin);
        People = Enumerable.Range(1, facilitators).Select(i => $"f{i:D2}").ToList();
        var staff = new List<object>
        {
            new { id = "aurelien", name = "Aurélien", role = "coManager", contractWeeklyHours = 35, pinHash = PinHasher.Hash(DemoStaff.Pins["aurelien"]) },
        };
        staff.AddRange(People.Select(p => new { id = p, name = $"Facilitateur {p}", role = "facilitator", contractWeeklyHours = 20, pinHash = hash }));
        File.WriteAllText(Path.Combine(Folder, "casaco.staff.json"), JsonSerializer.Serialize(new { site = "casaco", staff }));
    }

    public string Folder { get; }

    public IReadOnlyList<string> People { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
