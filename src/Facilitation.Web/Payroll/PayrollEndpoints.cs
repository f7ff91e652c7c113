using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using CsvHelper;
using Facilitation.Actors.Ledger;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Payroll;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Facilitation.Web.Weeks;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Payroll;

/// <summary>The month's worked hours per person, for payroll: JSON, or CSV to open in a spreadsheet.</summary>
public static class PayrollEndpoints
{
    public static IEndpointRouteBuilder MapPayroll(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sites/{site}/payroll/{month}", Get).WithTags("Payroll").RequireAuthorization();
        return app;
    }

    private static async Task<IResult> Get(
        string site, string month, HttpContext context, SiteCatalog sites, IRequiredActor<WeekLedgerRegion> ledgers, IOptions<ApiSettings> settings)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!caller.IsCoManager)
            return Problems.Problems.Forbidden("role.co-manager-only", "Seul·e un·e co-gérant·e exporte la paie.", "Only a co-manager exports payroll.");
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        var csv = month.EndsWith(".csv", StringComparison.Ordinal);
        if (!TryParseMonth(csv ? month[..^4] : month, out var first))
            return Problems.Problems.Invalid(new Dictionary<string, string[]>
            {
                ["month"] = [fr ? "Mois attendu sous la forme 2026-11 (ou 2026-11.csv)." : "Expected a month like 2026-11 (or 2026-11.csv)."],
            });

        List<WeekLedgerState> weeks;
        try
        {
            weeks = [.. await ledgers.Read(found.Id, PayrollMonth.Weeks(first), settings.Value.AskTimeout)];
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }

        var rows = PayrollMonth.Rows(first, found.Calendar, weeks, found.Staff);
        if (!csv) return Results.Ok(new PayrollDto(found.Id.Value, $"{first:yyyy-MM}", rows.Select(PayrollRowDto.From).ToList()));
        var name = $"paie-{found.Id}-{first:yyyy-MM}.csv";
        return Results.File(Csv(rows, fr), "text/csv; charset=utf-8", fr ? name : name.Replace("paie-", "payroll-", StringComparison.Ordinal));
    }

    /// <summary>
    /// French: semicolons and decimal commas, as a French spreadsheet opens them; English: commas
    /// and decimal points. UTF-8 with a byte-order mark so that accents survive the opening.
    /// </summary>
    private static byte[] Csv(IReadOnlyList<PayrollRow> rows, bool fr)
    {
        var culture = fr ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture;
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, new CsvWriterOptions { Separator = fr ? ';' : ',', WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord(fr
                ? ["identifiant", "nom", "contrat_heures_semaine", "services", "heures", "heures_decimales", "absences"]
                : ["person", "name", "contract_weekly_hours", "shifts", "hours", "decimal_hours", "no_shows"]);
            foreach (var row in rows)
                csv.WriteRecord([
                    row.Person.Value,
                    row.Name,
                    row.ContractWeekly.TotalHours.ToString("0.##", culture),
                    row.Shifts.ToString(CultureInfo.InvariantCulture),
                    $"{(int)row.Worked.TotalHours}:{row.Worked.Minutes:D2}",
                    row.Worked.TotalHours.ToString("0.00", culture),
                    row.NoShows.ToString(CultureInfo.InvariantCulture),
                ]);
        }
        return bytes.ToArray();
    }

    private static bool TryParseMonth(string text, out DateOnly first) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first)
        && first.Year is >= 2000 and <= 2999;
}
