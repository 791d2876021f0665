using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>
/// An introduction as one side sees it. The other side's contact is present only when both accepted;
/// a decline by the other side shows as "closed", the same as a withdrawal by staff.
/// </summary>
internal sealed record IntroductionView(
    Guid IntroductionId,
    Guid OtherOrganisationId,
    string OtherName,
    IReadOnlyList<string> Topics,
    string Status,
    bool YouAccepted,
    ContactPerson? Contact,
    DateOnly? MeetingHeldOn,
    IntroductionOutcome? Outcome,
    string? OutcomeReason,
    DateTimeOffset ProposedAt)
{
    public static IntroductionView For(Introduction i, Guid viewer, string otherName, ContactPerson? otherContact) => new(
        i.Id,
        i.OtherSide(viewer),
        otherName,
        i.Topics,
        StatusFor(i, viewer),
        i.HasAccepted(viewer),
        i.IsConnected() && otherContact is { IsErased: false } ? otherContact : null,
        i.MeetingHeldOn,
        i.Outcome,
        i.OutcomeRecordedBy == viewer ? i.OutcomeReason : null,
        i.ProposedAt);

    public static string StatusFor(Introduction i, Guid viewer) =>
        i.DeclinedBy == viewer ? "declined"
        : i.IsClosed() ? "closed"
        : i.Outcome is not null ? "completed"
        : i.MeetingHeldOn is not null ? "met"
        : i.IsConnected() ? "connected"
        : i.HasAccepted(viewer) ? "waiting-for-other-side"
        : "awaiting-your-answer";
}
