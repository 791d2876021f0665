using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Media.Editing;

/// <summary>
/// The version rule of every edit of an episode, a video or a tour: a change names the version it was based on,
/// and a version that is no longer current is refused as stale, so a concurrent edit is never overwritten. Pure.
/// </summary>
internal static class VersionDecider
{
    /// <summary>The code of a stale change (HTTP 412).</summary>
    public const string StaleCode = "media.item-stale";

    /// <summary>The code of a change that names no version where one is required (HTTP 428).</summary>
    public const string RequiredCode = "media.version-required";

    /// <summary>Null when <paramref name="expected"/> is the <paramref name="current"/> version, else the stale refusal.</summary>
    public static Refusal? Check(long current, long? expected) => expected switch
    {
        null => Refusal.Stale(RequiredCode),
        var named when named == current => null,
        _ => Refusal.Stale(StaleCode),
    };
}
