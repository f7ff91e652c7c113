using System.Globalization;
using System.Text.Json;
using Facilitation.Web.Texts;
using Microsoft.AspNetCore.Http;

namespace Facilitation.Web.Api;

/// <summary>
/// A body the framework cannot read (broken JSON, a number where text is expected) is answered
/// with a 400 that names the field, like every other invalid request.
/// </summary>
public static class UnreadableRequest
{
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is not BadHttpRequestException bad) return;
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        var json = bad.InnerException as JsonException;
        var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
        context.ProblemDetails.Title = fr ? "Requête illisible" : "Unreadable request";
        context.ProblemDetails.Detail = fr
            ? "Le corps de la requête n'est pas un JSON valide de la forme attendue."
            : "The request body is not valid JSON of the expected shape.";
        context.ProblemDetails.Type = "/problems/request.unreadable";
        context.ProblemDetails.Extensions["code"] = "request.unreadable";
        context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]>
        {
            [field] = [fr ? "Valeur illisible ici : JSON mal formé ou type inattendu." : "Unreadable value here: malformed JSON or an unexpected type."],
        };
    }
}
