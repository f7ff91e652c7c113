using Facilitation.Actors.Messages;
using Facilitation.Domain.Desks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;

namespace Facilitation.Actors.Desks;

/// <summary>The protocol of one desk (entity <c>site|desk</c>, e.g. <c>casaco|poste-07</c>).</summary>
public static class DeskMessages
{
    public static string EntityIdOf(SiteId site, string desk) => $"{site}|{desk}";

    /// <summary>A desk command (<see cref="DeskCommands"/>); answered with a <see cref="DeskResult"/>.</summary>
    public sealed record Execute(SiteId Site, string Desk, IDeskCommand Command) : IEntityMessage
    {
        public string EntityId => EntityIdOf(Site, Desk);
    }

    /// <summary>Answered with the desk's <see cref="DeskView"/>.</summary>
    public sealed record GetDesk(SiteId Site, string Desk) : IEntityMessage
    {
        public string EntityId => EntityIdOf(Site, Desk);
    }

    public abstract record DeskResult
    {
        private DeskResult() { }

        public sealed record Accepted(DeskView Desk, bool Repeated) : DeskResult;

        public sealed record Rejected(Rejection Why) : DeskResult;

        public sealed record Unavailable(string Reason) : DeskResult;
    }
}
