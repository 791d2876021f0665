using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Imports;
using Kompetenzzentrum.Modules.Catalog.Packages;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Merges;

/// <summary>
/// When staff merge two organisations, the duplicate's bookings and waitlist places (with their attendee lists and stored
/// answers), package bookings and imported past participations move to the survivor, in the merge's transaction. The booking
/// events keep the id they were made with; what is read and decided on (the documents) names the survivor, so its members
/// see, cancel and are reminded of them.
/// </summary>
internal sealed class CatalogMerge : IOrganisationMergeParticipant, IOrganisationBookingCounts
{
    private readonly IDocumentStore _store;

    public CatalogMerge(IDocumentStore store) => _store = store;

    public async Task MergeAsync(OrganisationsMerged merged, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (from, to) = (merged.DuplicateId, merged.SurvivorId);
        foreach (var booking in await session.Query<SessionBooking>().Where(b => b.OrganisationId == from).ToListAsync(cancellationToken))
        {
            session.Store(booking with { OrganisationId = to });
        }
        foreach (var attendees in await session.Query<BookingAttendees>().Where(a => a.OrganisationId == from).ToListAsync(cancellationToken))
        {
            session.Store(attendees with { OrganisationId = to });
        }
        foreach (var answer in await session.Query<IdempotentBooking>().Where(a => a.OrganisationId == from).ToListAsync(cancellationToken))
        {
            // The frozen answer keeps its text; the organisation id lets the survivor's erasure find the names in it.
            session.Store(answer with { OrganisationId = to });
        }
        foreach (var package in await session.Query<PackageBooking>().Where(p => p.OrganisationId == from).ToListAsync(cancellationToken))
        {
            session.Store(package with { OrganisationId = to });
        }
        foreach (var imported in await session.Query<ImportedParticipation>().Where(p => p.OrganisationId == from).ToListAsync(cancellationToken))
        {
            session.Store(imported with { OrganisationId = to });
        }
    }

    public async Task<IReadOnlyDictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken)
    {
        var ids = organisationIds.Distinct().ToArray();
        await using var session = _store.QuerySession();
        var organisations = await session.Query<SessionBooking>().Where(b => ids.Contains(b.OrganisationId))
            .Select(b => b.OrganisationId).ToListAsync(cancellationToken);
        return organisations.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
    }
}
