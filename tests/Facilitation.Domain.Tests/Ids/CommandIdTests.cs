using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Tests.Ids;

public class CommandIdTests
{
    [Theory]
    [InlineData("3f2b1c9e-8d7a-4e6f-9a0b-1c2d3e4f5a6b")]
    [InlineData("tablet-2:42")]
    [InlineData("a.b_c")]
    public void A_client_made_id_of_letters_digits_and_separators_is_taken(string text)
    {
        Assert.True(CommandId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("slash/inside")]
    [InlineData("é")]
    public void A_command_id_with_other_characters_is_refused(string? text)
    {
        Assert.False(CommandId.TryParse(text, out _));
        Assert.Throws<ArgumentException>(() => new CommandId(text!));
    }

    [Fact]
    public void A_command_id_is_at_most_64_characters()
    {
        Assert.True(CommandId.IsValid(new string('a', 64)));
        Assert.False(CommandId.IsValid(new string('a', 65)));
    }
}
