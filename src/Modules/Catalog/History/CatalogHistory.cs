using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.History;

/// <summary>
/// The catalog's part of an organisation's history (the staff's CRM view): each booking, waitlist place, request, attendance and
/// completion, dated by its session's start, with the offering's title and where the booking stands.
/// </summary>
internal sealed class CatalogHistory(IDocumentStore store) : IOrganisationHistorySource
{
    public async Task<IReadOnlyList<OrganisationHistoryEntry>> ForAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var bookings = await SessionStates.OfOrganisationAsync(session, organisationId, cancellationToken);
        if (bookings.Count == 0)
        {
            return [];
        }
        var sessions = (await session.LoadManyAsync<SessionSeats>(cancellationToken, bookings.Select(b => b.SessionId).Distinct().ToArray()))
            .ToDictionary(s => s.Id);
        var offerings = (await session.LoadManyAsync<CatalogEntry>(cancellationToken, sessions.Values.Select(s => s.OfferingId).Distinct().ToArray()))
            .ToDictionary(o => o.Id, o => o.Title);
        var entries = new List<OrganisationHistoryEntry>();
        foreach (var booking in bookings)
        {
            if (!sessions.TryGetValue(booking.SessionId, out var seats))
            {
                continue;
            }
            var title = offerings.GetValueOrDefault(seats.OfferingId) ?? new LocalizedText("?", "?");
            var (de, en) = Status(booking.Status);
            var kind = booking.Status == SeatStatus.Waitlisted ? "waitlist" : "booking";
            entries.Add(new OrganisationHistoryEntry(seats.StartsAt, "catalog", kind,
                new LocalizedText($"Buchung: {title.De} ({de})", $"Booking: {(title.En.Length > 0 ? title.En : title.De)} ({en})"),
                new LocalizedText($"{booking.Seats} Plätze", $"{booking.Seats} seats")));
        }
        return entries;
    }

    private static (string De, string En) Status(SeatStatus status) => status switch
    {
        SeatStatus.Confirmed => ("bestätigt", "confirmed"),
        SeatStatus.Waitlisted => ("Warteliste", "waitlist"),
        SeatStatus.Offered => ("Platz angeboten", "seat offered"),
        SeatStatus.Cancelled => ("storniert", "cancelled"),
        SeatStatus.Lapsed => ("Angebot verfallen", "offer lapsed"),
        SeatStatus.Attended => ("teilgenommen", "attended"),
        SeatStatus.NoShow => ("nicht erschienen", "no-show"),
        SeatStatus.Completed => ("abgeschlossen", "completed"),
        SeatStatus.Pending => ("wartet auf Freigabe", "awaiting approval"),
        _ => ("abgelehnt", "rejected"),
    };
}
