using Kompetenzzentrum.Contracts.Web;

namespace Kompetenzzentrum.Modules.Sprints.Canvas;

/// <summary>The nine building blocks of the business model canvas (Osterwalder), each a list of short notes.</summary>
internal sealed record CanvasBlocks(
    IReadOnlyList<string>? KeyPartners,
    IReadOnlyList<string>? KeyActivities,
    IReadOnlyList<string>? KeyResources,
    IReadOnlyList<string>? ValuePropositions,
    IReadOnlyList<string>? CustomerRelationships,
    IReadOnlyList<string>? Channels,
    IReadOnlyList<string>? CustomerSegments,
    IReadOnlyList<string>? CostStructure,
    IReadOnlyList<string>? RevenueStreams)
{
    public const int MaxItems = 30;
    public const int MaxItemLength = 500;

    public static CanvasBlocks Empty { get; } = new([], [], [], [], [], [], [], [], []);

    /// <summary>The blocks by their JSON names, in the canvas's usual reading order.</summary>
    public IReadOnlyList<(string Block, IReadOnlyList<string> Items)> All =>
    [
        ("keyPartners", KeyPartners ?? []), ("keyActivities", KeyActivities ?? []), ("keyResources", KeyResources ?? []),
        ("valuePropositions", ValuePropositions ?? []), ("customerRelationships", CustomerRelationships ?? []), ("channels", Channels ?? []),
        ("customerSegments", CustomerSegments ?? []), ("costStructure", CostStructure ?? []), ("revenueStreams", RevenueStreams ?? []),
    ];

    /// <summary>Checks every block (a missing block counts as empty) and trims the notes; null when invalid.</summary>
    public static CanvasBlocks? Validate(CanvasBlocks? blocks, FieldProblems problems)
    {
        if (blocks is null)
        {
            problems.Add("blocks", "Senden Sie die neun Bausteine (ein fehlender Baustein ist leer).", "Send the nine building blocks (a missing block is empty).");
            return null;
        }
        foreach (var (block, items) in blocks.All)
        {
            problems.When(items.Count > MaxItems, $"blocks.{block}", $"Höchstens {MaxItems} Notizen.", $"At most {MaxItems} notes.")
                .When(items.Any(i => string.IsNullOrWhiteSpace(i) || i.Length > MaxItemLength), $"blocks.{block}",
                    $"Jede Notiz hat 1 bis {MaxItemLength} Zeichen.", $"Each note has 1 to {MaxItemLength} characters.");
        }
        return problems.IsEmpty ? Trimmed(blocks) : null;
    }

    private static CanvasBlocks Trimmed(CanvasBlocks b) => new(
        T(b.KeyPartners), T(b.KeyActivities), T(b.KeyResources), T(b.ValuePropositions), T(b.CustomerRelationships),
        T(b.Channels), T(b.CustomerSegments), T(b.CostStructure), T(b.RevenueStreams));

    private static IReadOnlyList<string> T(IReadOnlyList<string>? items) => [.. (items ?? []).Select(i => i.Trim())];
}
