using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Research.Dashboard;

/// <summary>The analysts' needs dashboard at <c>/analyse</c>: filters as a GET form, charts, the OData feed.</summary>
internal static class DashboardPages
{
    public const string Path = "/analyse";

    public static void MapDashboardPages(this IEndpointRouteBuilder pages) =>
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.Analyst);

    private static async Task<IResult> ShowAsync(
        HttpContext http, DashboardQueries queries, IEnumerable<OfferingTypeDefinition> types, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.Empty();
        foreach (var field in new[] { "from", "to", "federalState", "sizeClass" })
        {
            state.With(field, http.Request.Query[field].ToString() is { Length: > 0 } v ? v : null);
        }
        var filter = DashboardFilter.Read(state, clock.GetUtcNow());
        state.With("from", filter.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).With("to", filter.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (state.Errors.Count > 0)
        {
            state.Summary = UiText.T("Bitte prüfen Sie die Filter; es gelten die voreingestellten Werte.", "Please check the filters; the defaults apply.");
        }
        var figures = await queries.LoadAsync(filter, ct);
        var formats = types.ToDictionary(t => t.Key, t => t.Name.For(CultureInfo.CurrentUICulture), StringComparer.Ordinal);
        string Format(string key) => formats.GetValueOrDefault(key, key);

        var byFormat = figures.Participation.GroupBy(p => p.Format).OrderBy(g => Format(g.Key), StringComparer.CurrentCulture).ToList();
        return UiPages.Render<DashboardPage>(new
        {
            State = state,
            Kpis = new List<(string, string)>
            {
                (UiText.T("erreichte Unternehmen", "organisations reached"), figures.Organisations.ToString("N0", CultureInfo.CurrentCulture)),
                (UiText.T("Bedarfssignale", "need signals"), figures.NeedSignals.ToString("N0", CultureInfo.CurrentCulture)),
                (UiText.T("Feedback-Antworten", "feedback answers"), figures.FeedbackAnswers.ToString("N0", CultureInfo.CurrentCulture)),
                (UiText.T("Zufriedenheit (1–5)", "satisfaction (1–5)"), double.IsNaN(figures.Satisfaction) ? "–" : figures.Satisfaction.ToString("0.0", CultureInfo.CurrentCulture)),
            },
            NeedBars = figures.Needs.Select(n => (Topics.Find(n.Topic)?.Name.For(CultureInfo.CurrentUICulture) ?? n.Topic, (double)n.Organisations, (double?)null)).ToList(),
            LevelBars = Enum.GetValues<MaturityLevel>()
                .Select(level => (level.ToString(), (double)figures.Levels.FirstOrDefault(l => l.Level == level.ToString()).Organisations, (double?)null))
                .Where(b => b.Item2 > 0).ToList(),
            DimensionLabels = figures.Dimensions.Count == 0 ? [] : Dimensions.Select(d => d.Label).ToList(),
            DimensionSeries = figures.Dimensions.Count == 0
                ? new List<ChartSeries>()
                : [new ChartSeries(UiText.T("Mittelwert", "Mean"), [.. Dimensions.Select(d => figures.Dimensions.FirstOrDefault(x => x.Dimension == d.Key).Mean)])],
            DimensionOrganisations = figures.DimensionOrganisations,
            BookingBars = byFormat.Select(g => (Format(g.Key), (double)g.Sum(p => p.Booked), (double?)null)).ToList(),
            CompletionBars = byFormat.Select(g => (Format(g.Key), (double)g.Sum(p => p.Completed), (double?)null)).ToList(),
            Months = figures.Participation.Select(p => p.Month).Distinct().Order(StringComparer.Ordinal).ToList(),
            Formats = byFormat.Select(g => Format(g.Key)).ToList(),
            Cells = figures.Participation.ToDictionary(p => (p.Month, Format(p.Format)), p => $"{p.Booked} / {p.Completed}"),
            SatisfactionBars = figures.SatisfactionByFormat.Select(s => (Format(s.Format), Math.Round(s.Satisfaction, 2), (double?)null)).ToList(),
            ODataBase = $"{http.Request.Scheme}://{http.Request.Host}/odata",
            Filter = (filter.From, filter.To, filter.FederalState, filter.SizeClass),
        });
    }

    private static IEnumerable<(string Key, string Label)> Dimensions =>
    [
        ("strategy", UiText.T("Strategie", "Strategy")),
        ("readiness", UiText.T("Bereitschaft", "Readiness")),
        ("human-centric", UiText.T("Mensch", "People")),
        ("data", UiText.T("Daten", "Data")),
        ("automation-ai", UiText.T("KI/Automatisierung", "AI/automation")),
        ("green", UiText.T("Grün", "Green")),
    ];
}
