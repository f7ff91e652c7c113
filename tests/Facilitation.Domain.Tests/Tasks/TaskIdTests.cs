using Facilitation.Domain.Tasks;

namespace Facilitation.Domain.Tests.Tasks;

public class TaskIdTests
{
    [Fact]
    public void A_new_task_id_is_ten_lower_case_hex_digits_and_round_trips_through_its_text()
    {
        var id = TaskId.New();

        Assert.Equal(10, id.Value.Length);
        Assert.All(id.Value, c => Assert.True(char.IsAsciiHexDigitLower(c), $"'{c}' in {id}"));
        Assert.True(TaskId.TryParse(id.Value, out var parsed));
        Assert.Equal(id, parsed);
        Assert.Equal(id, TaskId.Parse(id.ToString()));
    }

    [Fact]
    public void New_task_ids_differ()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => TaskId.New().Value).ToHashSet();

        Assert.Equal(1000, ids.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3f9a1c2e7")]
    [InlineData("3f9a1c2e7b0")]
    [InlineData("3F9A1C2E7B")]
    [InlineData("3f9a1c2e7g")]
    [InlineData("3f9a1c2e-b")]
    [InlineData(" 3f9a1c2e7")]
    public void A_malformed_task_id_is_refused(string? text)
    {
        Assert.False(TaskId.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Parse_throws_a_format_exception_on_a_malformed_id()
    {
        Assert.Throws<FormatException>(() => TaskId.Parse("not-a-task"));
    }
}
