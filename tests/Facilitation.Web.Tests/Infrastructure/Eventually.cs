namespace Facilitation.Web.Tests.Infrastructure;

/// <summary>Waits for a condition to become true (polling), failing with a message after a time-out.</summary>
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"still not true after the time-out: {what}");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
