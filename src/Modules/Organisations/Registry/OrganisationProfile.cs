using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Organisations;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>Publishes the coarse profile (industry, size, state) other modules may segment by; never name or postcode.</summary>
internal static class OrganisationProfile
{
    // A stream of its own, so the organisation's stream version (its ETag) is not touched.
    public static void Profiled(this IDocumentSession session, Guid organisationId, OrganisationInput body, TimeProvider clock) =>
        session.Profiled(organisationId, body, clock.GetUtcNow());

    /// <summary>The profile as of <paramref name="at"/> (the demo's history registers organisations in the past).</summary>
    public static void Profiled(this IDocumentSession session, Guid organisationId, OrganisationInput body, DateTimeOffset at) =>
        session.Events.Append(Ids.Derived("organisation-profile", organisationId),
            new OrganisationProfiled(organisationId, body.Industry!, body.SizeClass!, body.FederalState!, at));
}
