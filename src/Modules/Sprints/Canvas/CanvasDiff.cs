namespace Kompetenzzentrum.Modules.Sprints.Canvas;

/// <summary>How one building block differs between as-is and to-be: notes added, removed and kept.</summary>
internal sealed record BlockDiff(
    string Block,
    IReadOnlyList<string> AsIs,
    IReadOnlyList<string> ToBe,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Kept)
{
    public bool Changed => Added.Count > 0 || Removed.Count > 0;
}

/// <summary>The difference between the as-is and the to-be canvas, block by block (notes compared case-insensitively).</summary>
internal static class CanvasDiff
{
    public static IReadOnlyList<BlockDiff> Between(CanvasBlocks asIs, CanvasBlocks toBe) =>
    [
        .. asIs.All.Zip(toBe.All, (a, b) =>
        {
            var comparer = StringComparer.OrdinalIgnoreCase;
            return new BlockDiff(a.Block, a.Items, b.Items,
                [.. b.Items.Where(i => !a.Items.Contains(i, comparer))],
                [.. a.Items.Where(i => !b.Items.Contains(i, comparer))],
                [.. b.Items.Where(i => a.Items.Contains(i, comparer))]);
        }),
    ];
}
