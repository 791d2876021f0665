using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>A consultation counts against the organisation's limit for the quarter of its start.</summary>
internal sealed record ConsultationQuotaUsed(Guid QuotaId, Guid OrganisationId, string Quarter, Guid ConsultationId);

/// <summary>The consultation no longer counts (cancelled, or moved to another quarter).</summary>
internal sealed record ConsultationQuotaReturned(Guid QuotaId, Guid ConsultationId);

/// <summary>An organisation's consultations in one quarter; its stream version guards the limit against parallel bookings.</summary>
internal sealed record ConsultationQuota(Guid Id, Guid OrganisationId, string Quarter, IReadOnlyList<Guid> ConsultationIds)
{
    public static Guid StreamFor(Guid organisationId, string quarter) => Ids.Derived("consultation-quota:" + quarter, organisationId);
}

internal sealed partial class ConsultationQuotaProjection : SingleStreamProjection<ConsultationQuota, Guid>
{
    public static ConsultationQuota Create(ConsultationQuotaUsed e) => new(e.QuotaId, e.OrganisationId, e.Quarter, [e.ConsultationId]);

    public static ConsultationQuota Apply(ConsultationQuotaUsed e, ConsultationQuota q) =>
        q with { ConsultationIds = [.. q.ConsultationIds.Where(id => id != e.ConsultationId), e.ConsultationId] };

    public static ConsultationQuota Apply(ConsultationQuotaReturned e, ConsultationQuota q) =>
        q with { ConsultationIds = [.. q.ConsultationIds.Where(id => id != e.ConsultationId)] };
}
