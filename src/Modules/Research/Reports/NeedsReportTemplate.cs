using Kompetenzzentrum.Contracts.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>The default needs report ("Bedarfsbericht"): HTML with inline SVG bar charts; staff may override it.</summary>
internal static class NeedsReportTemplate
{
    public const string Key = "research.needs-report";

    // Pieces of the template, each one line of the report, joined here only to keep the source's lines short.
    private const string Style =
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
        + "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}td:first-child,th:first-child{text-align:left}"
        + "svg text{font-size:12px}</style>";

    private const string Bars =
        """<svg xmlns="http://www.w3.org/2000/svg" width="460" height="{{ (rows.size * 22) + 4 }}" role="img">{{ for row in rows }}"""
        + "\n"
        + """<text x="0" y="{{ for.index * 22 + 15 }}">{{ row.label | html.escape }}</text>"""
        + """<rect x="160" y="{{ for.index * 22 + 4 }}" width="{{ row.width * 2.4 }}" height="14" fill="{{ color }}"/>"""
        + """<text x="{{ 166 + row.width * 2.4 }}" y="{{ for.index * 22 + 15 }}">{{ row.text }}</text>{{ end }}"""
        + "\n"
        + "</svg>";

    private const string SegmentBars =
        "{{ rows = [] }}{{ for bar in segment.topics }}"
        + "{{ rows = rows | array.add { label: bar.topic, width: bar.organisations.width, text: bar.organisations.text } }}{{ end }}";

    private const string ChangeRows =
        "{{ for c in changes }}<tr><td>{{ c.topic | html.escape }}</td><td>{{ c.now.text }}</td><td>{{ c.before.text }}</td>"
        + "<td>{{ c.change }}</td></tr>";

    private const string MaturityRows =
        "{{ for m in maturity }}<tr><td>{{ m.group | html.escape }}</td><td>{{ m.organisations.text }}</td><td>{{ m.mean_t0 }}</td>"
        + "<td>{{ m.mean_t1 }}</td><td>{{ m.change }}</td></tr>";

    private const string SatisfactionBars =
        "{{ rows = [] }}{{ for s in satisfaction }}"
        + "{{ rows = rows | array.add { label: s.format, width: s.width, text: s.satisfaction } }}{{ end }}";

    private const string SatisfactionRows =
        "{{ for s in satisfaction }}<tr><td>{{ s.format | html.escape }}</td><td>{{ s.organisations.text }}</td>"
        + "<td>{{ s.satisfaction }}</td><td>{{ s.usefulness }}</td><td>{{ s.nps }}</td></tr>";

    private const string FunnelRows =
        "{{ for f in funnel }}<tr><td>{{ f.offering_type | html.escape }}</td><td>{{ f.viewed.text }}</td><td>{{ f.booked.text }}</td>"
        + "<td>{{ f.attended.text }}</td><td>{{ f.completed.text }}</td></tr>";

    public static string Source(string language)
    {
        var de = language != "en";
        var title = de ? "Bedarfsbericht" : "Needs report";
        var organisations = de ? "Unternehmen" : "Organisations";
        var (viewed, booked, attended, completed) =
            de ? ("angesehen", "gebucht", "teilgenommen", "abgeschlossen") : ("viewed", "booked", "attended", "completed");
        var suppression = de
            ? "Werte, die weniger als {{ minimum_group }} Unternehmen beschreiben, sind unterdrückt (–)."
            : "Figures describing fewer than {{ minimum_group }} organisations are suppressed (–).";
        var changesHead = Head(de ? "Thema" : "Topic", organisations, de ? "Vorzeitraum" : "Previous", de ? "Veränderung" : "Change");
        var maturityHead = Head("Format", organisations, "T0", "T1", "T1 − T0");
        var satisfactionHead = Head(
            "Format", organisations, (de ? "Zufriedenheit" : "Satisfaction") + " (1–5)", (de ? "Nutzen" : "Usefulness") + " (1–5)", "NPS");
        var funnelHead = Head(de ? "Angebotsart" : "Offering type", viewed, booked, attended, completed);
        var funnelBars = "{{ rows = ["
            + $$"""{ label: "{{viewed}}", width: f.viewed.width, text: f.viewed.text }, """
            + $$"""{ label: "{{booked}}", width: f.booked.width, text: f.booked.text }, """
            + $$"""{ label: "{{attended}}", width: f.attended.width, text: f.attended.text }, """
            + $$"""{ label: "{{completed}}", width: f.completed.width, text: f.completed.text }"""
            + "] }}";
        return $$$"""
            <!DOCTYPE html>
            <html lang="{{{(de ? "de" : "en")}}}"><head><meta charset="utf-8"><title>{{{title}}} {{ from }} – {{ to }}</title>
            {{{Style}}}</head><body>
            <h1>{{{title}}} {{ from }} – {{ to }}</h1>
            <p>{{{(de ? "Vergleichszeitraum ab" : "Previous period from")}}} {{ previous_from }}. {{{suppression}}}</p>
            <h2>{{{(de ? "Top-Themen nach Segment" : "Top topics by segment")}}}</h2>
            {{ for segment in segments }}<h3>{{ segment.segment | html.escape }}</h3>
            {{{SegmentBars}}}{{ color = "#2f6f9f" }}{{{Bars}}}
            {{ end }}
            <h2>{{{(de ? "Veränderung zum Vorzeitraum" : "Change against the previous period")}}}</h2>
            <table id="changes">{{{changesHead}}}
            {{{ChangeRows}}}
            {{ end }}</table>
            <h2>{{{(de ? "Reifegrad-Veränderung der Teilnehmenden (T1 − T0)" : "Maturity change of participants (T1 − T0)")}}}</h2>
            <table id="maturity">{{{maturityHead}}}
            {{{MaturityRows}}}
            {{ end }}</table>
            <h2>{{{(de ? "Zufriedenheit nach Format" : "Satisfaction by format")}}}</h2>
            {{{SatisfactionBars}}}{{ color = "#3c8d40" }}{{{Bars}}}
            <table id="satisfaction">{{{satisfactionHead}}}
            {{{SatisfactionRows}}}
            {{ end }}</table>
            <h2>{{{(de ? "Trichter nach Angebotsart" : "Funnel by offering type")}}}</h2>
            {{ for f in funnel }}<h3>{{ f.offering_type | html.escape }}</h3>
            {{{funnelBars}}}{{ color = "#b3672b" }}{{{Bars}}}
            {{ end }}
            <table id="funnel">{{{funnelHead}}}
            {{{FunnelRows}}}
            {{ end }}</table>
            </body></html>
            """;
    }

    public static readonly NeedsReportModel Sample = NeedsReportBuilder.Build(
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 1, 31),
        new DateOnly(2025, 12, 1),
        new NeedsReportFigures(
            [("WZ C", "ki", 7)],
            [("ki", 7, 5)],
            [("(alle)", 6, 40, 48)],
            [("experience-tour", 6, 4.2, 4.5, 40)],
            [("experience-tour", 20, 12, 9, 8)]));

    public static void Register(IServiceCollection services)
    {
        const string Description = "Needs report (HTML with SVG charts)";
        services.AddDefaultTemplate(new TemplateDefinition(Key, "de", Source("de"), Description, Sample) { Format = TemplateFormat.Html });
        services.AddDefaultTemplate(new TemplateDefinition(Key, "en", Source("en"), Description, Sample) { Format = TemplateFormat.Html });
    }

    // A table's header row: <tr><th>…</th>…</tr>.
    private static string Head(params string[] cells) => "<tr>" + string.Concat(cells.Select(c => $"<th>{c}</th>")) + "</tr>";
}
