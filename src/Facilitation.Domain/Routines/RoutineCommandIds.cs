using System.Security.Cryptography;
using System.Text;
using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Routines;

/// <summary>
/// The command ids a routine's round sends, made from (site, routine, day, purpose): a round that
/// fires twice (a retry, a misfire, two nodes) sends the same ids, so the actors apply it once.
/// </summary>
public static class RoutineCommandIds
{
    public static CommandId For(SiteId site, string routine, DateOnly day, string purpose)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{site.Value}|{routine}|{day:yyyy-MM-dd}|{purpose}")));
        return new CommandId($"routine.{hash[..48]}");
    }

    /// <summary>The task source of a round on the board (a plan per source, replaced as a whole).</summary>
    public static string Source(string routine, DateOnly day) => $"routine:{routine}:{day:yyyy-MM-dd}";
}
