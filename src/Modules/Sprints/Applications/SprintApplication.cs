using Kompetenzzentrum.Modules.Sprints.Merges;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>An application for a sprint, as the SME and staff see it.</summary>
internal sealed record SprintApplication(
    Guid Id, Guid OrganisationId, Guid OfferingId, IReadOnlyList<string> Topics, Guid AccountId,
    string Motivation, string Goals, string Availability, string Status, string? Reason,
    Guid? PeriodId, Guid? EngagementId, DateTimeOffset AppliedAt, DateTimeOffset? DecidedAt);

internal sealed partial class SprintApplicationProjection : SingleStreamProjection<SprintApplication, Guid>
{
    public static SprintApplication Create(SprintApplied e) => new(
        e.ApplicationId, e.OrganisationId, e.OfferingId, e.Topics, e.AccountId, e.Motivation, e.Goals, e.Availability,
        ApplicationStatus.Submitted, null, null, null, e.AppliedAt, null);

    public static SprintApplication Apply(ApplicationAccepted e, SprintApplication a) =>
        a with { Status = ApplicationStatus.Accepted, Reason = e.Reason, PeriodId = e.PeriodId, EngagementId = e.EngagementId, DecidedAt = e.At };

    public static SprintApplication Apply(ApplicationDeclined e, SprintApplication a) =>
        a with { Status = ApplicationStatus.Declined, Reason = e.Reason, DecidedAt = e.At };

    public static SprintApplication Apply(ApplicationMovedToOrganisation e, SprintApplication a) => a with { OrganisationId = e.OrganisationId };
}
