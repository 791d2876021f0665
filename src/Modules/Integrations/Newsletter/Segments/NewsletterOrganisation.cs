using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Organisations;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;

/// <summary>
/// What segments ask of an organisation, built from public events only (no personal data): size class and federal state
/// (<see cref="OrganisationProfiled"/>), the latest maturity level (<see cref="MaturityAssessed"/>), topics of need
/// (<see cref="NeedExpressed"/>) and the offering types it took part in (completed or imported participations).
/// </summary>
internal sealed class NewsletterOrganisation
{
    public Guid Id { get; set; }

    public string? SizeClass { get; set; }

    public string? FederalState { get; set; }

    public MaturityLevel? Level { get; set; }

    public List<string> NeedTopics { get; set; } = [];

    public List<string> OfferingTypes { get; set; } = [];
}

/// <summary>Keeps <see cref="NewsletterOrganisation"/> per organisation (inline, keyed by the events' organisation).</summary>
internal sealed partial class NewsletterOrganisationProjection : MultiStreamProjection<NewsletterOrganisation, Guid>
{
    public NewsletterOrganisationProjection()
    {
        Identity<OrganisationProfiled>(e => e.OrganisationId);
        Identity<MaturityAssessed>(e => e.Interaction.OrganisationId);
        Identity<NeedExpressed>(e => e.Interaction.OrganisationId);
        Identity<ParticipationCompleted>(e => e.OrganisationId);
        Identity<ParticipationImported>(e => e.OrganisationId);
    }

    public void Apply(OrganisationProfiled e, NewsletterOrganisation o) =>
        (o.Id, o.SizeClass, o.FederalState) = (e.OrganisationId, e.SizeClass.ToLowerInvariant(), e.FederalState);

    public void Apply(MaturityAssessed e, NewsletterOrganisation o) => (o.Id, o.Level) = (e.Interaction.OrganisationId, e.Level);

    public void Apply(NeedExpressed e, NewsletterOrganisation o)
    {
        o.Id = e.Interaction.OrganisationId;
        Add(o.NeedTopics, e.Topic);
    }

    public void Apply(ParticipationCompleted e, NewsletterOrganisation o)
    {
        o.Id = e.OrganisationId;
        Add(o.OfferingTypes, e.OfferingType);
    }

    public void Apply(ParticipationImported e, NewsletterOrganisation o)
    {
        o.Id = e.OrganisationId;
        Add(o.OfferingTypes, e.OfferingType);
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
