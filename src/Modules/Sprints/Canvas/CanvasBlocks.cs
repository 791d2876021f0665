using Kompetenzzentrum.Contracts.Application;

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

    /// <summary>The field errors of the blocks (a missing block counts as empty); none when they may be saved.</summary>
    public static IReadOnlyList<FieldError> Check(CanvasBlocks? blocks)
    {
        if (blocks is null)
        {
            return [new FieldError("blocks", "sprints.canvas-blocks-required")];
        }
        var problems = new List<FieldError>();
        foreach (var (block, items) in blocks.All)
        {
            if (items.Count > MaxItems)
            {
                problems.Add(new FieldError($"blocks.{block}", "sprints.canvas-notes-max", TextArgs.Of(("max", MaxItems))));
            }
            if (items.Any(i => string.IsNullOrWhiteSpace(i) || i.Length > MaxItemLength))
            {
                problems.Add(new FieldError($"blocks.{block}", "sprints.canvas-note-length", TextArgs.Of(("max", MaxItemLength))));
            }
        }
        return problems;
    }

    /// <summary>The blocks with their notes trimmed and missing blocks empty.</summary>
    public static CanvasBlocks Trimmed(CanvasBlocks b) => new(
        T(b.KeyPartners), T(b.KeyActivities), T(b.KeyResources), T(b.ValuePropositions), T(b.CustomerRelationships),
        T(b.Channels), T(b.CustomerSegments), T(b.CostStructure), T(b.RevenueStreams));

    private static IReadOnlyList<string> T(IReadOnlyList<string>? items) => [.. (items ?? []).Select(i => i.Trim())];
}
