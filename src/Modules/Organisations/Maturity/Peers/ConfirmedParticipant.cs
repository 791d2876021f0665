using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Organisations.Maturity.Merges;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Peers;

/// <summary>
/// An organisation that completed at least one participation (a catalog booking staff completed after the session, a
/// sprint, a consultation: <see cref="ParticipationCompleted"/>), keyed by the organisation id. Only such organisations
/// count as peers: registering organisations and answering the check costs nothing, a completed participation needs
/// staff, so a handful of made-up organisations cannot steer the medians others see.
/// </summary>
internal sealed record ConfirmedParticipant(Guid Id, DateTimeOffset FirstCompletedAt);

internal sealed partial class ConfirmedParticipantProjection : MultiStreamProjection<ConfirmedParticipant, Guid>
{
    public ConfirmedParticipantProjection()
    {
        Identity<ParticipationCompleted>(e => e.OrganisationId);
        Identity<ConfirmedParticipationMovedIn>(e => e.OrganisationId);
        Identity<ParticipationsMovedOut>(e => e.OrganisationId);
        DeleteEvent<ParticipationsMovedOut>();
    }

    public static ConfirmedParticipant Create(ParticipationCompleted e) => new(e.OrganisationId, e.CompletedAt);

    public static ConfirmedParticipant Apply(ParticipationCompleted e, ConfirmedParticipant p) =>
        e.CompletedAt < p.FirstCompletedAt ? p with { FirstCompletedAt = e.CompletedAt } : p;

    public static ConfirmedParticipant Create(ConfirmedParticipationMovedIn e) => new(e.OrganisationId, e.FirstCompletedAt);

    public static ConfirmedParticipant Apply(ConfirmedParticipationMovedIn e, ConfirmedParticipant p) =>
        e.FirstCompletedAt < p.FirstCompletedAt ? p with { FirstCompletedAt = e.FirstCompletedAt } : p;
}
