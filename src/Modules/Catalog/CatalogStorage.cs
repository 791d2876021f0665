using JasperFx.Events.Projections;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.CalendarFeeds;
using Kompetenzzentrum.Modules.Catalog.Imports;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Packages;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog;

/// <summary>
/// The Catalog's Marten registrations. Every Catalog document belongs to one center (docs/tenancy.md): multi-tenanted,
/// so a session opened for a center reads and writes that center's rows only. Until sessions are opened per center,
/// every row is Marten's default tenant (<c>*DEFAULT*</c>), which is the default center.
/// </summary>
internal static class CatalogStorage
{
    public static void Register(StoreOptions options)
    {
        options.Projections.Add<ProgramSummaryProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ProgramSummary>().MultiTenanted();
        options.Projections.Add<CatalogEntryProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CatalogEntry>().MultiTenanted();
        options.Projections.Add<ImportedParticipationProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ImportedParticipation>().MultiTenanted();
        options.Schema.For<SessionSeats>().MultiTenanted()
            .Index(s => s.OfferingId).Index(s => s.StartsAt).Index(s => s.ResourceId);
        // By session, status and line: a booking reads a session's offers and the head of its waitlist, not all its rows.
        options.Schema.For<SessionBooking>().MultiTenanted()
            .Index(b => new { b.SessionId, b.Status, b.Line }).Index(b => b.OrganisationId);
        options.Schema.For<IdempotentBooking>().MultiTenanted();
        options.Projections.Add<CuratedPackageProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CuratedPackage>().MultiTenanted();
        options.Schema.For<PackageBooking>().MultiTenanted().Index(p => p.OrganisationId);
        options.Schema.For<BookingAttendees>().MultiTenanted().Index(a => a.OrganisationId);
        options.Schema.For<CalendarFeed>().MultiTenanted().UniqueIndex(f => f.TokenHash).Index(f => f.CreatedBy);
    }
}
