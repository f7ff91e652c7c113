using System.Diagnostics.CodeAnalysis;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Web.Sessions;
using Facilitation.Web.Sites;

namespace Facilitation.Web.Api;

/// <summary>The site named by a route, and the signed-in person acting on it, or the refusal.</summary>
public static class SiteAccess
{
    public static bool TryResolve(
        HttpContext context, SiteCatalog sites, string siteRoute,
        [NotNullWhen(true)] out Site? site, [NotNullWhen(true)] out Caller? caller, [NotNullWhen(false)] out IResult? refusal)
    {
        caller = null;
        refusal = null;
        if (!sites.TryFind(siteRoute, out site))
        {
            refusal = Problems.Problems.NotFound("site.not-found", "Ce site n'existe pas.", "There is no such site.");
            return false;
        }
        if (StaffClaims.IsKiosk(context.User))
        {
            refusal = Problems.Problems.Forbidden("kiosk.requests-only", "La borne d'accueil ne sert qu'à faire des demandes et à enregistrer les arrivées et les départs.", "The front-desk kiosk can only raise requests and check people in and out.");
            return false;
        }
        caller = StaffClaims.CallerOf(context.User);
        if (caller is null)
        {
            refusal = Results.Unauthorized();
            return false;
        }
        if (StaffClaims.SiteOf(context.User) != site.Id)
        {
            refusal = Problems.Problems.Forbidden("site.other", "Vous êtes connecté·e sur un autre site.", "You are signed in on another site.");
            return false;
        }
        return true;
    }
}
