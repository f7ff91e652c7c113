using Facilitation.Domain.Sites;
using Facilitation.Web.Api;

namespace Facilitation.Web.Rooms;

/// <summary>The start and end of a booking request, read as the shift endpoints read them; each fault names its field.</summary>
public static class BookingTimes
{
    public static bool TryRead(string? startText, string? endText, Site site, RequestErrors errors, bool french, out DateTimeOffset start, out DateTimeOffset end)
    {
        var startProblem = Moments.TryParse(startText, site.Calendar, out start);
        if (startProblem != Moments.Problem.None) errors.Add("start", Moments.Message(startProblem, french));
        var endProblem = Moments.TryParse(endText, site.Calendar, out end);
        if (endProblem != Moments.Problem.None) errors.Add("end", Moments.Message(endProblem, french));
        if (startProblem != Moments.Problem.None || endProblem != Moments.Problem.None) return false;
        if (end > start) return true;
        errors.Add("end", french ? "La fin doit venir après le début." : "The end must come after the start.");
        return false;
    }

    /// <summary>A title and a holder: required, trimmed, not too long.</summary>
    public static void RequireText(string? text, string field, int maxLength, RequestErrors errors, bool french)
    {
        if (string.IsNullOrWhiteSpace(text)) errors.Add(field, french ? "Champ obligatoire." : "Required.");
        else if (text.Trim().Length > maxLength) errors.Add(field, french ? $"{maxLength} caractères au plus." : $"At most {maxLength} characters.");
    }

    public static void RequireGuests(int? guests, int capacity, RequestErrors errors, bool french)
    {
        if (guests is null) errors.Add("guests", french ? "Champ obligatoire : le nombre de personnes." : "Required: the number of people.");
        else if (guests < 1 || guests > capacity)
            errors.Add("guests", french ? $"Entre 1 et {capacity} personnes." : $"Between 1 and {capacity} people.");
    }
}
