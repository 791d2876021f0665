using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Sprints.Canvas;

/// <summary>What was read before a canvas is saved: whether the sprint is finished, and the canvas's current version (null before its first
/// save).</summary>
internal sealed record CanvasSaveState(bool SprintFinished, long? CurrentVersion);

/// <summary>
/// Saving a canvas: not after the sprint; the first save names no version, every later one names the current one
/// (<see cref="VersionRequired"/> when it names none, <see cref="Stale"/> when it names another).
/// </summary>
internal static class CanvasDecider
{
    /// <summary>The code of the refusal of a later save that names no version (HTTP 428).</summary>
    public const string VersionRequired = "sprints.canvas-version-required";

    /// <summary>The code of the refusal of a save based on a version that is no longer current (HTTP 412); its <c>version</c> is the current
    /// one.</summary>
    public const string Stale = "sprints.canvas-stale";

    public static Decision Save(CanvasSaveState state, long? expected, CanvasSaved saved)
    {
        if (state.SprintFinished)
        {
            return Refusal.Conflict("sprints.canvas-finished");
        }
        return (state.CurrentVersion, expected) switch
        {
            (null, not null) => StaleAt(null),
            (not null, null) => Refusal.Stale(VersionRequired),
            (var current, var named) when current != named => StaleAt(current),
            _ => Decision.Accept(saved),
        };
    }

    /// <summary>The refusal of a stale save, naming the current version (null when there is no canvas yet).</summary>
    public static Refusal StaleAt(long? current) => Refusal.Stale(Stale, TextArgs.Of(("version", current)));
}
