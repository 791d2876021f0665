namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>An SME applied for a sprint offering. Motivation, goals and availability are free text (masked on erasure).</summary>
internal sealed record SprintApplied(
    Guid ApplicationId, Guid OrganisationId, Guid OfferingId, IReadOnlyList<string> Topics, Guid AccountId,
    string Motivation, string Goals, string Availability, DateTimeOffset AppliedAt);

/// <summary>Staff accepted the application into a program period; the engagement starts.</summary>
internal sealed record ApplicationAccepted(Guid ApplicationId, Guid PeriodId, Guid EngagementId, string? Reason, DateTimeOffset At);

/// <summary>Staff declined the application, saying why.</summary>
internal sealed record ApplicationDeclined(Guid ApplicationId, string Reason, DateTimeOffset At);

internal static class ApplicationStatus
{
    public const string Submitted = "submitted";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
}
