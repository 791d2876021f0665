using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Catalog.Imports;

/// <summary>An imported past participation, by the id derived from its external id (see <see cref="IdOf"/>).</summary>
internal sealed record ImportedParticipation(Guid Id, Guid OrganisationId, Guid OfferingId, DateTimeOffset CompletedAt)
{
    /// <summary>The participation's stream id: derived from the external id, so a re-import of the row finds it.</summary>
    public static Guid IdOf(string externalId) => Ids.Derived("catalog-imported-participation:" + externalId, Guid.Empty);
}

internal sealed partial class ImportedParticipationProjection : SingleStreamProjection<ImportedParticipation, Guid>
{
    public static ImportedParticipation Create(ParticipationImported e) => new(e.ParticipationId, e.OrganisationId, e.OfferingId, e.CompletedAt);
}
