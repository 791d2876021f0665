using Kompetenzzentrum.Contracts.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>The default needs report ("Bedarfsbericht"): HTML with inline SVG bar charts; staff may override it.</summary>
internal static class NeedsReportTemplate
{
    public const string Key = "research.needs-report";

    private const string Style = """
        <style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}td:first-child,th:first-child{text-align:left}svg text{font-size:12px}</style>
        """;

    private const string Bars = """
        <svg xmlns="http://www.w3.org/2000/svg" width="460" height="{{ (rows.size * 22) + 4 }}" role="img">{{ for row in rows }}
        <text x="0" y="{{ for.index * 22 + 15 }}">{{ row.label | html.escape }}</text><rect x="160" y="{{ for.index * 22 + 4 }}" width="{{ row.width * 2.4 }}" height="14" fill="{{ color }}"/><text x="{{ 166 + row.width * 2.4 }}" y="{{ for.index * 22 + 15 }}">{{ row.text }}</text>{{ end }}
        </svg>
        """;

    public static string Source(string language)
    {
        var de = language != "en";
        return $$$"""
            <!DOCTYPE html>
            <html lang="{{{(de ? "de" : "en")}}}"><head><meta charset="utf-8"><title>{{{(de ? "Bedarfsbericht" : "Needs report")}}} {{ from }} – {{ to }}</title>
            {{{Style}}}</head><body>
            <h1>{{{(de ? "Bedarfsbericht" : "Needs report")}}} {{ from }} – {{ to }}</h1>
            <p>{{{(de ? "Vergleichszeitraum ab" : "Previous period from")}}} {{ previous_from }}. {{{(de ? "Werte, die weniger als" : "Figures describing fewer than")}}} {{ minimum_group }} {{{(de ? "Unternehmen beschreiben, sind unterdrückt (–)." : "organisations are suppressed (–).")}}}</p>
            <h2>{{{(de ? "Top-Themen nach Segment" : "Top topics by segment")}}}</h2>
            {{ for segment in segments }}<h3>{{ segment.segment | html.escape }}</h3>
            {{ rows = [] }}{{ for bar in segment.topics }}{{ rows = rows | array.add { label: bar.topic, width: bar.organisations.width, text: bar.organisations.text } }}{{ end }}{{ color = "#2f6f9f" }}{{{Bars}}}
            {{ end }}
            <h2>{{{(de ? "Veränderung zum Vorzeitraum" : "Change against the previous period")}}}</h2>
            <table id="changes"><tr><th>{{{(de ? "Thema" : "Topic")}}}</th><th>{{{(de ? "Unternehmen" : "Organisations")}}}</th><th>{{{(de ? "Vorzeitraum" : "Previous")}}}</th><th>{{{(de ? "Veränderung" : "Change")}}}</th></tr>
            {{ for c in changes }}<tr><td>{{ c.topic | html.escape }}</td><td>{{ c.now.text }}</td><td>{{ c.before.text }}</td><td>{{ c.change }}</td></tr>
            {{ end }}</table>
            <h2>{{{(de ? "Reifegrad-Veränderung der Teilnehmenden (T1 − T0)" : "Maturity change of participants (T1 − T0)")}}}</h2>
            <table id="maturity"><tr><th>{{{(de ? "Format" : "Format")}}}</th><th>{{{(de ? "Unternehmen" : "Organisations")}}}</th><th>T0</th><th>T1</th><th>T1 − T0</th></tr>
            {{ for m in maturity }}<tr><td>{{ m.group | html.escape }}</td><td>{{ m.organisations.text }}</td><td>{{ m.mean_t0 }}</td><td>{{ m.mean_t1 }}</td><td>{{ m.change }}</td></tr>
            {{ end }}</table>
            <h2>{{{(de ? "Zufriedenheit nach Format" : "Satisfaction by format")}}}</h2>
            {{ rows = [] }}{{ for s in satisfaction }}{{ rows = rows | array.add { label: s.format, width: s.width, text: s.satisfaction } }}{{ end }}{{ color = "#3c8d40" }}{{{Bars}}}
            <table id="satisfaction"><tr><th>Format</th><th>{{{(de ? "Unternehmen" : "Organisations")}}}</th><th>{{{(de ? "Zufriedenheit" : "Satisfaction")}}} (1–5)</th><th>{{{(de ? "Nutzen" : "Usefulness")}}} (1–5)</th><th>NPS</th></tr>
            {{ for s in satisfaction }}<tr><td>{{ s.format | html.escape }}</td><td>{{ s.organisations.text }}</td><td>{{ s.satisfaction }}</td><td>{{ s.usefulness }}</td><td>{{ s.nps }}</td></tr>
            {{ end }}</table>
            <h2>{{{(de ? "Trichter nach Angebotsart" : "Funnel by offering type")}}}</h2>
            {{ for f in funnel }}<h3>{{ f.offering_type | html.escape }}</h3>
            {{ rows = [{ label: "{{{(de ? "angesehen" : "viewed")}}}", width: f.viewed.width, text: f.viewed.text }, { label: "{{{(de ? "gebucht" : "booked")}}}", width: f.booked.width, text: f.booked.text }, { label: "{{{(de ? "teilgenommen" : "attended")}}}", width: f.attended.width, text: f.attended.text }, { label: "{{{(de ? "abgeschlossen" : "completed")}}}", width: f.completed.width, text: f.completed.text }] }}{{ color = "#b3672b" }}{{{Bars}}}
            {{ end }}
            <table id="funnel"><tr><th>{{{(de ? "Angebotsart" : "Offering type")}}}</th><th>{{{(de ? "angesehen" : "viewed")}}}</th><th>{{{(de ? "gebucht" : "booked")}}}</th><th>{{{(de ? "teilgenommen" : "attended")}}}</th><th>{{{(de ? "abgeschlossen" : "completed")}}}</th></tr>
            {{ for f in funnel }}<tr><td>{{ f.offering_type | html.escape }}</td><td>{{ f.viewed.text }}</td><td>{{ f.booked.text }}</td><td>{{ f.attended.text }}</td><td>{{ f.completed.text }}</td></tr>
            {{ end }}</table>
            </body></html>
            """;
    }

    public static readonly NeedsReportModel Sample = NeedsReportBuilder.Build(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), new DateOnly(2025, 12, 1),
        new NeedsReportFigures([("WZ C", "ki", 7)], [("ki", 7, 5)], [("(alle)", 6, 40, 48)], [("experience-tour", 6, 4.2, 4.5, 40)], [("experience-tour", 20, 12, 9, 8)]));

    public static void Register(IServiceCollection services)
    {
        services.AddDefaultTemplate(new TemplateDefinition(Key, "de", Source("de"), "Needs report (HTML with SVG charts)", Sample) { Format = TemplateFormat.Html });
        services.AddDefaultTemplate(new TemplateDefinition(Key, "en", Source("en"), "Needs report (HTML with SVG charts)", Sample) { Format = TemplateFormat.Html });
    }
}
