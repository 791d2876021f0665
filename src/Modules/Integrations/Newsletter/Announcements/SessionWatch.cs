using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Announcements;

/// <summary>
/// "Tell me when a date opens": a member waits for the next session of an offering; it ends with the announcement.
/// One per (offering, account): asking twice changes nothing.
/// </summary>
internal sealed record SessionWatch(Guid Id, Guid OfferingId, Guid AccountId, Guid? OrganisationId, string Email, string Language, DateTimeOffset At)
{
    public static Guid IdOf(Guid offeringId, Guid accountId) => Ids.Derived($"newsletter-session-watch:{offeringId:N}", accountId);
}

/// <summary>An offering published in the catalog (from <see cref="OfferingPublished"/>): only those can be watched.</summary>
internal sealed record WatchableOffering(Guid Id, string OfferingType);

internal sealed partial class WatchableOfferingProjection : MultiStreamProjection<WatchableOffering, Guid>
{
    public WatchableOfferingProjection() => Identity<OfferingPublished>(e => e.OfferingId);

    public static WatchableOffering Create(OfferingPublished e) => new(e.OfferingId, e.OfferingType);
}
