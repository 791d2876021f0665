using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>The printable report at <c>/auswertung/programme/{id}/bericht</c>: the same lines as the files, a period form, print CSS.</summary>
internal static class FunderReportPages
{
    public const string Path = "/auswertung/programme/{id:guid}/bericht";

    // The columns the page shows: group, organisations, participations, answers, value, target (the section is the heading).
    private static readonly int[] Shown = [1, 3, 4, 5, 6, 7];

    public static string Of(Guid programId) => $"/auswertung/programme/{programId}/bericht";

    public static void MapFunderReportPages(this IEndpointRouteBuilder pages) =>
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.Reporting);

    private static async Task<IResult> ShowAsync(
        Guid id, string? period, string? from, string? to, FunderReports reports, ITexts texts, IEnumerable<OfferingTypeDefinition> types,
        CancellationToken ct)
    {
        var state = FormState.Empty().With("period", period).With("from", from).With("to", to);
        var result = await reports.LoadAsync(new FunderReports.Request(id, period, from, to), ct);
        if (result.Refusal is { Kind: RefusalKind.NotFound })
        {
            return Results.NotFound();
        }
        if (result.Refusal is { } refused)
        {
            // The form shows what was wrong, next to its field, and the term's figures stay out until the period is right.
            state.Absorb(refused, texts);
        }
        var query = string.Join("&", new[] { ("period", period), ("from", from), ("to", to) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        var labels = new FunderReportLabels(texts, types, CultureInfo.CurrentUICulture);
        var report = result.Succeeded ? result.Value : null;
        return UiPages.Render<FunderReportPage>(
            new
            {
                ProgramId = id,
                ProgramName = report?.ProgramName,
                State = state,
                HasReport = report is not null,
                About = report is null ? new List<(string, string)>() : FunderReportFiles.About(report, labels).ToList(),
                Headers = Shown.Select(c => labels.Headers[c]).ToList(),
                Sections = report is null
                    ? new List<(string, string, IReadOnlyList<IReadOnlyList<string>>)>()
                    : FunderReportModel.Sections.Select(section => (section, labels.Section(section), Lines(report, section, labels))).ToList(),
                Query = query.Length == 0 ? "" : "?" + query,
            },
            result.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static IReadOnlyList<IReadOnlyList<string>> Lines(FunderReportModel report, string section, FunderReportLabels labels) =>
        report.Rows.Where(r => r.Section == section).Select(r =>
        {
            var cells = labels.Texts(r);
            return (IReadOnlyList<string>)Shown.Select(c => cells[c]).ToList();
        }).ToList();
}
