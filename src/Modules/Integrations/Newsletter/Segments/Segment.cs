using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;

/// <summary>
/// Who a campaign goes to, among the confirmed subscribers: each list that is not empty must match (an empty list asks
/// nothing). Levels, states, size classes and offering types are those of the subscriber's organisation, so a subscriber
/// without one matches only a segment that asks none of them; topics match the subscriber's own topics or the
/// organisation's topics of need.
/// </summary>
internal sealed record Segment(
    IReadOnlyList<string>? Levels = null,
    IReadOnlyList<string>? Topics = null,
    IReadOnlyList<string>? FederalStates = null,
    IReadOnlyList<string>? SizeClasses = null,
    IReadOnlyList<string>? OfferingTypes = null)
{
    public const string LevelUnknown = "integrations.newsletter.level-unknown";
    public const string TopicUnknown = "integrations.newsletter.topic-unknown";
    public const string StateUnknown = "integrations.newsletter.state-unknown";
    public const string SizeUnknown = "integrations.newsletter.size-unknown";
    public const string OfferingTypeUnknown = "integrations.newsletter.offering-type-unknown";

    private static readonly string[] Sizes = ["micro", "small", "medium", "large"];

    public static Segment Everyone { get; } = new();

    /// <summary>Field errors (named <c>segment.levels</c> and so on) for values that are not known.</summary>
    public IEnumerable<FieldError> Check(IReadOnlySet<string> offeringTypes)
    {
        foreach (var v in (Levels ?? []).Where(v => !Enum.TryParse<MaturityLevel>(v, true, out var l) || !Enum.IsDefined(l)))
        {
            yield return new FieldError("segment.levels", LevelUnknown, TextArgs.Of(("value", v)));
        }
        foreach (var v in (Topics ?? []).Where(v => v is null || !Contracts.Kernel.Topics.IsKnown(v)))
        {
            yield return new FieldError("segment.topics", TopicUnknown, TextArgs.Of(("topic", v)));
        }
        foreach (var v in (FederalStates ?? []).Where(v => !Contracts.Kernel.FederalStates.IsKnown(v)))
        {
            yield return new FieldError("segment.federalStates", StateUnknown, TextArgs.Of(("value", v)));
        }
        foreach (var v in (SizeClasses ?? []).Where(v => v is null || !Sizes.Contains(v)))
        {
            yield return new FieldError("segment.sizeClasses", SizeUnknown, TextArgs.Of(("value", v)));
        }
        foreach (var v in (OfferingTypes ?? []).Where(v => v is null || !offeringTypes.Contains(v)))
        {
            yield return new FieldError("segment.offeringTypes", OfferingTypeUnknown, TextArgs.Of(("value", v)));
        }
    }

    /// <summary>Whether a confirmed subscriber (with its organisation's profile, if any) is in the segment.</summary>
    public bool Matches(NewsletterSubscriber subscriber, NewsletterOrganisation? organisation)
    {
        var levels = (Levels ?? []).Select(l => Enum.Parse<MaturityLevel>(l, true)).ToList();
        return (levels.Count == 0 || (organisation?.Level is { } level && levels.Contains(level)))
            && (Topics is not { Count: > 0 } || subscriber.Topics.Concat(organisation?.NeedTopics ?? []).Intersect(Topics).Any())
            && (FederalStates is not { Count: > 0 } || (organisation?.FederalState is { } state && FederalStates.Contains(state)))
            && (SizeClasses is not { Count: > 0 } || (organisation?.SizeClass is { } size && SizeClasses.Contains(size)))
            && (OfferingTypes is not { Count: > 0 } || (organisation?.OfferingTypes ?? []).Intersect(OfferingTypes).Any());
    }
}
