using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Tests.Ids;

public class DerivedCommandIdTests
{
    [Fact]
    public void The_same_cause_and_purpose_always_give_the_same_valid_id_and_another_cause_or_purpose_another()
    {
        var longest = new CommandId(new string('a', CommandId.MaxLength));

        var derived = DerivedCommandId.From(longest, "front-desk");

        Assert.Equal(derived, DerivedCommandId.From(longest, "front-desk"));
        Assert.True(CommandId.IsValid(derived.Value));
        Assert.NotEqual(derived, DerivedCommandId.From(new CommandId("in-1"), "front-desk"));
        Assert.NotEqual(derived, DerivedCommandId.From(longest, "visitor-host"));
    }
}
