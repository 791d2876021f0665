using System.Globalization;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.Engagements;

namespace Kompetenzzentrum.Modules.Sprints.Report;

internal sealed record ReportBlock(
    string Name,
    IReadOnlyList<string> Before,
    IReadOnlyList<string> After,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed);

internal sealed record ReportIdea(string Title, string Description, int Value, int Effort, int Risk, string Topics);

internal sealed record ReportAction(string Title, string Owner, string DueOn);

/// <summary>
/// What the transfer report template sees (Scriban names in snake_case: <c>canvas</c>, <c>insights</c>,
/// <c>ideas</c>, <c>roadmap</c> ...). Built from the engagement and its two canvases.
/// </summary>
internal sealed record TransferReportModel(
    string Period, string Status, int AsIsVersion, int ToBeVersion, IReadOnlyList<string> Team, IReadOnlyList<ReportBlock> Canvas,
    IReadOnlyList<string> Challenges, IReadOnlyList<string> Insights, IReadOnlyList<ReportIdea> Ideas, IReadOnlyList<ReportAction> Roadmap)
{
    private static readonly Dictionary<string, (string De, string En)> BlockNames = new()
    {
        ["keyPartners"] = ("Schlüsselpartner", "Key partners"),
        ["keyActivities"] = ("Schlüsselaktivitäten", "Key activities"),
        ["keyResources"] = ("Schlüsselressourcen", "Key resources"),
        ["valuePropositions"] = ("Wertangebote", "Value propositions"),
        ["customerRelationships"] = ("Kundenbeziehungen", "Customer relationships"),
        ["channels"] = ("Kanäle", "Channels"),
        ["customerSegments"] = ("Kundensegmente", "Customer segments"),
        ["costStructure"] = ("Kostenstruktur", "Cost structure"),
        ["revenueStreams"] = ("Einnahmequellen", "Revenue streams"),
    };

    public static TransferReportModel Of(Engagement e, BusinessCanvas? asIs, BusinessCanvas? toBe, string language)
    {
        var en = language == "en";
        var end = e.StartsOn.AddDays(e.Weeks * 7 - 1);
        var diff = CanvasDiff.Between(asIs?.Blocks ?? CanvasBlocks.Empty, toBe?.Blocks ?? CanvasBlocks.Empty);
        // Chosen ideas are the report's ideas; before anything is chosen, the assessed ones stand in.
        var ideas = e.Ideas.Any(i => i.Chosen) ? e.Ideas.Where(i => i.Chosen) : e.Ideas.Where(i => i.Assessment is not null);
        return new(
            $"{Day(e.StartsOn)} – {Day(end)} ({e.Weeks} {(en ? "weeks" : "Wochen")})",
            e.Finished ? (en ? "Transfer completed" : "Transfer abgeschlossen")
                : (en ? $"Current phase: {e.CurrentPhase}" : $"Aktuelle Phase: {e.CurrentPhase}"),
            (int)(asIs?.Version ?? 0), (int)(toBe?.Version ?? 0),
            [.. e.Team.Select(m => m.Name)],
            [.. diff.Select(d => new ReportBlock(en ? BlockNames[d.Block].En : BlockNames[d.Block].De, d.AsIs, d.ToBe, d.Added, d.Removed))],
            e.Challenges, e.Insights,
            [.. ideas.Select(i =>
                new ReportIdea(i.Title, i.Description, i.Assessment?.Value ?? 0, i.Assessment?.Effort ?? 0, i.Assessment?.Risk ?? 0,
                    string.Join(", ", i.Topics)))],
            [.. e.Roadmap.OrderBy(a => a.DueOn).Select(a => new ReportAction(a.Title, a.Owner, Day(a.DueOn)))]);
    }

    private static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static TransferReportModel Sample { get; } = new("01.03.2026 – 26.04.2026 (8 Wochen)", "Transfer abgeschlossen", 2, 1,
        ["Erika Mustermann"],
        [new ReportBlock("Kanäle", ["Katalog"], ["Katalog", "Webshop"], ["Webshop"], [])], ["Abhängigkeit von einem Großkunden"],
        ["Kunden bestellen nachts"], [new ReportIdea("Webshop", "B2B-Shop für Ersatzteile", 5, 3, 2, "e-commerce")],
        [new ReportAction("Shop-System auswählen", "Vertrieb", "01.06.2026")]);
}
