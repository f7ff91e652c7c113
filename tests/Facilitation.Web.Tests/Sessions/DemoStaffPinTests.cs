using Facilitation.Domain.Sites;
using Facilitation.Web.Sessions;
using Facilitation.Web.Sites;
using Facilitation.Web.Tests.Sites;

namespace Facilitation.Web.Tests.Sessions;

public sealed class DemoStaffPinTests
{
    /// <summary>(site, person id) → PIN, from the demo table of ops/sites/README.md.</summary>
    private static Dictionary<(string Site, string Person), string> DocumentedPins()
    {
        var rows = File.ReadAllLines(SiteFolders.Readme)
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        var header = rows.FindIndex(r => r.Contains("Person id") && r.Contains("PIN"));
        Assert.True(header >= 0, "ops/sites/README.md has no table with 'Person id' and 'PIN' columns");
        int site = Array.IndexOf(rows[header], "Site"), person = Array.IndexOf(rows[header], "Person id"),
            pin = Array.IndexOf(rows[header], "PIN");

        var pins = new Dictionary<(string, string), string>();
        foreach (var row in rows.Skip(header + 2).TakeWhile(r => r.Length == rows[header].Length))
            pins.Add((row[site], row[person]), row[pin]);
        return pins;
    }

    private static IEnumerable<(Site Site, StaffMember Person)> DemoStaff() =>
        SiteFileLoader.Load(SiteFolders.Sites, SiteFolders.DemoStaff).All
            .SelectMany(s => s.Staff.Select(p => (s, p)));

    [Fact]
    public void Every_demo_staff_hash_verifies_against_the_PIN_documented_in_the_README()
    {
        var pins = DocumentedPins();

        Assert.All(DemoStaff(), x =>
        {
            Assert.True(pins.TryGetValue((x.Site.Id.Value, x.Person.Id.Value), out var pin),
                $"{x.Person.Id} of {x.Site.Id} is not in the README's PIN table");
            Assert.True(PinHasher.Verify(pin, x.Person.PinHash), $"{x.Person.Id}'s hash does not verify PIN {pin}");
        });
    }

    [Fact]
    public void Every_documented_PIN_belongs_to_a_demo_staff_member_and_no_two_are_alike()
    {
        var pins = DocumentedPins();
        var people = DemoStaff().Select(x => (x.Site.Id.Value, x.Person.Id.Value)).ToHashSet();

        Assert.Equal(12, pins.Count);
        Assert.All(pins.Keys, key => Assert.Contains(key, people));
        Assert.All(pins.Values, pin => Assert.True(PinHasher.IsValidPin(pin), $"'{pin}' is not a 4-digit PIN"));
        Assert.Equal(pins.Count, pins.Values.Distinct().Count());
    }

    [Fact]
    public void A_demo_staff_hash_refuses_another_persons_PIN()
    {
        var pins = DocumentedPins();
        var lea = DemoStaff().Single(x => x.Person.Id.Value == "lea").Person;

        Assert.False(PinHasher.Verify(pins[("casaco", "samir")], lea.PinHash));
    }
}
