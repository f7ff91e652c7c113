using System.Globalization;
using Facilitation.Actors.Hosting;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using Facilitation.Web.Texts;

namespace Facilitation.Web.Problems;

/// <summary>RFC 9457 problem details for every refusal, in the reader's language.</summary>
public static class Problems
{
    public static IResult From(Rejection why, Site? site)
    {
        var culture = CultureInfo.CurrentUICulture;
        var (title, detail) = RejectionText.For(why, site, culture);
        if (why.Kind == RejectionKind.Invalid)
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { [why.Field ?? "body"] = [detail] },
                title: title, type: TypeOf(why.Code), extensions: Extensions(why, site));

        var status = why.Kind switch
        {
            RejectionKind.NotFound => StatusCodes.Status404NotFound,
            RejectionKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        return Results.Problem(detail, statusCode: status, title: title, type: TypeOf(why.Code), extensions: Extensions(why, site));
    }

    /// <summary>A 400 naming each field at fault.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors,
            title: French ? "Requête invalide" : "Invalid request",
            detail: French ? "Corrigez les champs indiqués." : "Correct the fields listed.",
            type: TypeOf("request.invalid"),
            extensions: new Dictionary<string, object?> { ["code"] = "request.invalid" });

    public static IResult NotFound(string code, string frenchDetail, string englishDetail) =>
        Results.Problem(French ? frenchDetail : englishDetail, statusCode: StatusCodes.Status404NotFound,
            title: French ? "Introuvable" : "Not found", type: TypeOf(code),
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult Forbidden(string code, string frenchDetail, string englishDetail) =>
        Results.Problem(French ? frenchDetail : englishDetail, statusCode: StatusCodes.Status403Forbidden,
            title: French ? "Interdit" : "Forbidden", type: TypeOf(code),
            extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The reason of a 503 while the database cannot be written or read.</summary>
    public const string StorageReason = "storage";

    /// <summary>
    /// Nothing was applied; the same command, with the same id, can be sent again. Retry-After is
    /// the journal's breaker reset time: by then the node tries its database again.
    /// </summary>
    public static IResult Unavailable(HttpContext context, string reason)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(StorageFaultSettings.ResetTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var detail = reason == StorageReason
            ? French ? "Les données ne peuvent pas être enregistrées pour le moment (stockage indisponible) ; renvoyez la même commande dans un instant." : "Nothing can be saved right now (storage unavailable); send the same command again in a moment."
            : French ? "Le service est momentanément indisponible ; renvoyez la même commande dans un instant." : "The service is briefly unavailable; send the same command again in a moment.";
        return Results.Problem(
            detail,
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: French ? "Indisponible" : "Unavailable", type: TypeOf("service.unavailable"),
            extensions: new Dictionary<string, object?> { ["code"] = "service.unavailable", ["reason"] = reason });
    }

    private static bool French => Durations.IsFrench(CultureInfo.CurrentUICulture);

    private static string TypeOf(string code) => $"/problems/{code}";

    private static Dictionary<string, object?> Extensions(Rejection why, Site? site)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = why.Code };
        if (why.Holder is { } holder) extensions["person"] = holder.Value;
        if (why.Would is { } would) extensions["wouldHours"] = Durations.Decimal(would);
        if (why.Limit is { } limit) extensions["limitHours"] = Durations.Decimal(limit);
        if (why.Day is { } day) extensions["day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (why.Other is { } other) extensions["otherShift"] = other.Value;
        if (why.Booking is { } booking) extensions["booking"] = booking.Value;
        if (why.Title is { } title) extensions["bookingTitle"] = title;
        if (why.Range is { } range)
        {
            extensions["bookingStart"] = site?.Calendar.ToLocal(range.Start) ?? range.Start;
            extensions["bookingEnd"] = site?.Calendar.ToLocal(range.End) ?? range.End;
        }
        if (why.Room is { } room) extensions["room"] = room;
        if (why.Count is { } count) extensions["capacity"] = count;
        return extensions;
    }
}
