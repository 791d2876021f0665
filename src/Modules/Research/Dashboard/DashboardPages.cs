using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
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
        HttpContext http, DashboardQueries queries, IEnumerable<OfferingTypeDefinition> types, ITexts texts, TimeProvider clock,
        CancellationToken ct)
    {
        var state = FormState.Empty();
        foreach (var field in new[] { "from", "to", "federalState", "sizeClass" })
        {
            state.With(field, http.Request.Query[field].ToString() is { Length: > 0 } v ? v : null);
        }
        var filter = DashboardFilter.Read(state, clock.GetUtcNow(), texts);
        state.With("from", filter.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .With("to", filter.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (state.Errors.Count > 0)
        {
            state.Summary = texts.Get("research.dashboard.check-filters");
        }
        var figures = await queries.LoadAsync(filter, ct);
        var formats = types.ToDictionary(t => t.Key, t => t.Name.For(CultureInfo.CurrentUICulture), StringComparer.Ordinal);
        string Format(string key) => formats.GetValueOrDefault(key, key);

        var means = Dimensions(texts).Select(d => figures.Dimensions.FirstOrDefault(x => x.Dimension == d.Key).Mean).ToList();
        var byFormat = figures.Participation.GroupBy(p => p.Format).OrderBy(g => Format(g.Key), StringComparer.CurrentCulture).ToList();
        return UiPages.Render<DashboardPage>(new
        {
            State = state,
            Kpis = new List<(string, string)>
            {
                (texts.Get("research.dashboard.kpi-organisations"), figures.Organisations.ToString("N0", CultureInfo.CurrentCulture)),
                (texts.Get("research.dashboard.kpi-need-signals"), figures.NeedSignals.ToString("N0", CultureInfo.CurrentCulture)),
                (texts.Get("research.dashboard.kpi-feedback"), figures.FeedbackAnswers.ToString("N0", CultureInfo.CurrentCulture)),
                (texts.Get("research.dashboard.kpi-satisfaction"),
                    double.IsNaN(figures.Satisfaction) ? "–" : figures.Satisfaction.ToString("0.0", CultureInfo.CurrentCulture)),
            },
            NeedBars = figures.Needs
                .Select(n => (Topics.Find(n.Topic)?.Name.For(CultureInfo.CurrentUICulture) ?? n.Topic, (double)n.Organisations, (double?)null))
                .ToList(),
            LevelBars = Enum.GetValues<MaturityLevel>()
                .Select(level =>
                    (level.ToString(), (double)figures.Levels.FirstOrDefault(l => l.Level == level.ToString()).Organisations, (double?)null))
                .Where(b => b.Item2 > 0).ToList(),
            DimensionLabels = figures.Dimensions.Count == 0 ? [] : Dimensions(texts).Select(d => d.Label).ToList(),
            DimensionSeries = figures.Dimensions.Count == 0
                ? new List<ChartSeries>()
                : [new ChartSeries(texts.Get("research.dashboard.mean"), means)],
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

    private static IEnumerable<(string Key, string Label)> Dimensions(ITexts texts) =>
    [
        ("strategy", texts.Get("research.dashboard.dimension.strategy")),
        ("readiness", texts.Get("research.dashboard.dimension.readiness")),
        ("human-centric", texts.Get("research.dashboard.dimension.human-centric")),
        ("data", texts.Get("research.dashboard.dimension.data")),
        ("automation-ai", texts.Get("research.dashboard.dimension.automation-ai")),
        ("green", texts.Get("research.dashboard.dimension.green")),
    ];
}
