namespace Kompetenzzentrum.Contracts.Interactions;

/// <summary>
/// The shape every participant interaction carries, whatever module or plugin records it, so that research
/// can count it without knowing the module.
/// </summary>
/// <param name="OrganisationId">The organisation that acted.</param>
/// <param name="Topics">Topic keys (see <see cref="Kernel.Topics"/>) the interaction is about.</param>
/// <param name="OfferingId">The offering involved, if any.</param>
/// <param name="OfferingType">The offering type key, if any.</param>
/// <param name="Kind">What happened; one of <see cref="InteractionKinds"/> or a module's own lower-case word.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record Interaction(
    Guid OrganisationId,
    IReadOnlyList<string> Topics,
    Guid? OfferingId,
    string? OfferingType,
    string Kind,
    DateTimeOffset OccurredAt);

/// <summary>Implemented by every event that is a participant's interaction.</summary>
public interface IInteractionEvent
{
    /// <summary>The interaction this event records.</summary>
    Interaction Interaction { get; }
}

/// <summary>Common interaction kinds.</summary>
public static class InteractionKinds
{
    /// <summary>An offering was looked at.</summary>
    public const string Viewed = "viewed";

    /// <summary>A booking was confirmed.</summary>
    public const string Booked = "booked";

    /// <summary>A booking went to the waitlist.</summary>
    public const string Waitlisted = "waitlisted";

    /// <summary>A booking was cancelled.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>The participant attended.</summary>
    public const string Attended = "attended";

    /// <summary>The participation was completed.</summary>
    public const string Completed = "completed";

    /// <summary>A questionnaire or check was answered.</summary>
    public const string Answered = "answered";

    /// <summary>Media was played.</summary>
    public const string Played = "played";
}
