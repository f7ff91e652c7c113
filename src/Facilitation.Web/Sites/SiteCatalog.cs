using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Sites;

/// <summary>The sites this deployment serves, as loaded at start; it never changes afterwards.</summary>
public sealed class SiteCatalog
{
    private readonly FrozenDictionary<string, Site> _byId;

    public SiteCatalog(IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var ordered = sites.OrderBy(s => s.Id.Value, StringComparer.Ordinal).ToArray();
        var duplicate = ordered.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Site '{duplicate.Key}' is given more than once.", nameof(sites));
        All = Array.AsReadOnly(ordered);
        _byId = ordered.ToFrozenDictionary(s => s.Id.Value, StringComparer.Ordinal);
    }

    /// <summary>Every site, ordered by id.</summary>
    public IReadOnlyList<Site> All { get; }

    public Site? Find(SiteId id) =>
        id.Value is not null && _byId.TryGetValue(id.Value, out var site) ? site : null;

    /// <summary>The site of a raw id from a route or a form; false for an unknown or malformed id.</summary>
    public bool TryFind(string? id, [MaybeNullWhen(false)] out Site site)
    {
        site = null;
        return id is not null && _byId.TryGetValue(id, out site);
    }
}
