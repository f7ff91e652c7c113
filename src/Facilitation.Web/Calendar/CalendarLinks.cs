using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Facilitation.Domain.Ids;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Facilitation.Web.Calendar;

/// <summary>
/// The private link of a person's calendar feed: their site and id, sealed with the host's
/// data-protection keys, so that the link alone lets a phone read the feed, and nobody can make
/// one for someone else.
/// </summary>
public sealed class CalendarLinks(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Facilitation.CalendarFeed.v1");

    public string TokenFor(SiteId site, PersonId person) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(System.Text.Encoding.UTF8.GetBytes($"{site}|{person}")));

    public bool TryRead(string token, [NotNullWhen(true)] out string? site, [NotNullWhen(true)] out string? person)
    {
        site = person = null;
        if (token.Length is 0 or > 1000) return false;
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
            var bar = text.IndexOf('|');
            if (bar <= 0) return false;
            (site, person) = (text[..bar], text[(bar + 1)..]);
            return true;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
