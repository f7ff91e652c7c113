using System.Diagnostics.CodeAnalysis;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Web.Sessions;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Api;

/// <summary>
/// The site named by a route and who acts on it, for the front-desk routes that the kiosk may use
/// too (checking members and visitors in and out): a signed-in person of the site, or its kiosk
/// (<paramref name="caller"/> null then).
/// </summary>
public static class FrontDeskAccess
{
    public static bool TryResolve(
        HttpContext context, SiteCatalog sites, string siteRoute,
        [NotNullWhen(true)] out Site? site, out Caller? caller, [NotNullWhen(false)] out IResult? refusal)
    {
        caller = null;
        refusal = null;
        if (!StaffClaims.IsKiosk(context.User)) return SiteAccess.TryResolve(context, sites, siteRoute, out site, out caller, out refusal);
        if (!sites.TryFind(siteRoute, out site))
        {
            refusal = Problems.Problems.NotFound("site.not-found", "Ce site n'existe pas.", "There is no such site.");
            return false;
        }
        if (StaffClaims.SiteOf(context.User) != site.Id)
        {
            refusal = Problems.Problems.Forbidden("site.other", "Cette borne appartient à un autre site.", "This kiosk belongs to another site.");
            return false;
        }
        return true;
    }

    /// <summary>For the co-managers' routes: anyone else (a facilitator, the kiosk) is refused with 403.</summary>
    public static bool TryResolveCoManager(
        HttpContext context, SiteCatalog sites, string siteRoute,
        [NotNullWhen(true)] out Site? site, [NotNullWhen(true)] out Caller? caller, [NotNullWhen(false)] out IResult? refusal)
    {
        if (!SiteAccess.TryResolve(context, sites, siteRoute, out site, out caller, out refusal)) return false;
        if (caller.IsCoManager) return true;
        refusal = Problems.Problems.From(new Domain.Outcomes.Rejection(Domain.Outcomes.RejectionKind.Forbidden, Domain.Outcomes.RejectionCodes.CoManagerOnly), site);
        return false;
    }
}
