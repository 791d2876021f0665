using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Media.Editing;

/// <summary>
/// Who an episode or video is for, checked as the catalog checks an offering's: topics from the shared list (checked by
/// each item's own rules), a maturity range of known levels whose start is not above its end. Both ends or neither: an
/// item without a range fits every level. The offering it names must be one of the item's own type (podcast-episode
/// for episodes, video for videos), known to the catalog.
/// </summary>
internal static class AudienceInput
{
    public static void Check(FieldErrors errors, MaturityLevel? from, MaturityLevel? to)
    {
        errors.When(from is { } f && !Enum.IsDefined(f), "suitableFrom", "media.level-unknown");
        errors.When(to is { } t && !Enum.IsDefined(t), "suitableTo", "media.level-unknown");
        errors.When(from is null && to is not null, "suitableFrom", "media.level-range-both");
        errors.When(to is null && from is not null, "suitableTo", "media.level-range-both");
        errors.When(from is { } a && to is { } b && Enum.IsDefined(a) && Enum.IsDefined(b) && a > b, "suitableTo", "media.level-range-order");
    }

    /// <summary>The error of a linked offering: <paramref name="foundType"/> is its type as the catalog knows it (null: unknown).</summary>
    public static void CheckOffering(FieldErrors errors, Guid? offeringId, string? foundType, string expectedType) =>
        errors.When(offeringId is not null && foundType != expectedType, "offeringId", "media.offering-unknown");
}
