using System.Text.Json;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Serialization;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Shifts;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Serialization;

/// <summary>
/// The journal rows themselves, read from the SQLite file with plain SQL: the product's serializer
/// writes them, under its manifests, with no .NET type or assembly name in them (STACK.md, trap 6).
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class JournalRowTests : NodeTest
{
    [Fact]
    public void The_product_configuration_binds_every_persisted_type_to_the_facilitation_serializer()
    {
        foreach (var type in PersistedTypes.Manifests.Select(PersistedTypes.TypeOf))
            Assert.IsType<FacilitationSerializer>(Node.System.Serialization.FindSerializerForType(type));
    }

    [Fact]
    public async Task Journal_rows_carry_the_stable_manifest_and_plain_json_without_dotnet_type_names()
    {
        var shift = await Node.PublishAsync(Hours(0, 9, 17));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));

        Assert.Contains("journal", Journal.Tables(Db));
        Assert.Superset(new HashSet<string> { "persistence_id", "sequence_number", "manifest", "identifier", "message", "ordering" },
            Journal.Columns(Db, "journal").ToHashSet());
        var week = Journal.Rows(Db, Journal.WeekId(Site.Id, Week));
        var own = Journal.Rows(Db, Journal.ShiftId(Site.Id, shift));
        Assert.Equal(["week.shift-published.v1", "week.hours-reserved.v1"], week.Select(r => r.Manifest));
        Assert.Equal(["shift.opened.v1", "shift.claimed.v1"], own.Select(r => r.Manifest));

        foreach (var row in week.Concat(own))
        {
            Assert.Equal(FacilitationSerializer.Id, row.SerializerId);
            using var json = JsonDocument.Parse(row.Payload); // plain JSON, nothing around it
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
            Assert.DoesNotContain("$type", row.Text);
            Assert.DoesNotContain("Facilitation", row.Text);
            Assert.DoesNotContain("System.", row.Text);
            Assert.DoesNotContain("Version=", row.Text);
            Assert.DoesNotContain("PublicKeyToken", row.Text);
        }
        var published = JsonDocument.Parse(week[0].Payload).RootElement;
        Assert.Equal(shift.Value, published.GetProperty("shift").GetString());
        Assert.Equal("camille", published.GetProperty("by").GetString());
        Assert.Equal("lea", JsonDocument.Parse(own[1].Payload).RootElement.GetProperty("holder").GetString());
    }
}
