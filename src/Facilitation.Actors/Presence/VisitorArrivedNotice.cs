using Facilitation.Domain.Ids;
using Facilitation.Domain.Presence;

namespace Facilitation.Actors.Presence;

/// <summary>Published on the site's topic when a visitor for someone on staff has arrived: the bridge tells that person.</summary>
public sealed record VisitorArrivedNotice(SiteId Site, PresentVisitor Visitor);
