using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.CalendarFeeds;

/// <summary>
/// The dates of a feed from 90 days back on: an organisation's or an expert's bookings (one entry per booking, with
/// the UID of its calendar file, so a downloaded entry and the feed agree), or the scheduled sessions staff run.
/// </summary>
internal static class CalendarFeedEntries
{
    private static readonly TimeSpan History = TimeSpan.FromDays(90);

    public static async Task<IReadOnlyList<CalendarEntry>> LoadAsync(
        IQuerySession session, CalendarFeed feed, DateTimeOffset now, CancellationToken ct)
    {
        var from = now - History;
        return feed.Scope switch
        {
            FeedScope.Organisation => await BookingsAsync(session, feed.SubjectId!.Value, null, from, now, ct),
            FeedScope.Expert => await BookingsAsync(session, null, feed.SubjectId!.Value, from, now, ct),
            _ => await SessionsAsync(session, feed.PartnerCenter, from, now, ct),
        };
    }

    private static async Task<IReadOnlyList<CalendarEntry>> BookingsAsync(
        IQuerySession session, Guid? organisationId, Guid? expertId, DateTimeOffset from, DateTimeOffset now, CancellationToken ct)
    {
        IReadOnlyList<SessionSeats> sessions;
        IReadOnlyList<SessionBooking> bookings;
        if (organisationId is { } organisation)
        {
            bookings = await session.Query<SessionBooking>().Where(b => b.OrganisationId == organisation).ToListAsync(ct);
            var ids = bookings.Select(b => b.SessionId).Distinct().ToArray();
            sessions = await session.Query<SessionSeats>().Where(s => ids.Contains(s.Id) && s.StartsAt >= from).ToListAsync(ct);
        }
        else
        {
            sessions = await session.Query<SessionSeats>().Where(s => s.ResourceId == expertId && s.StartsAt >= from).ToListAsync(ct);
            var ids = sessions.Select(s => s.Id).ToArray();
            bookings = await session.Query<SessionBooking>().Where(b => ids.Contains(b.SessionId)).ToListAsync(ct);
        }
        var byId = sessions.ToDictionary(s => s.Id);
        var offerings = await OfferingsAsync(session, sessions, ct);
        return [.. bookings
            .Where(b => byId.ContainsKey(b.SessionId) && offerings.ContainsKey(byId[b.SessionId].OfferingId))
            .Select(b => BookingCalendar.Entry(b, byId[b.SessionId], offerings[byId[b.SessionId].OfferingId], now))
            .OrderBy(e => e.StartsAt)];
    }

    private static async Task<IReadOnlyList<CalendarEntry>> SessionsAsync(
        IQuerySession session, string? partnerCenter, DateTimeOffset from, DateTimeOffset now, CancellationToken ct)
    {
        var sessions = await session.Query<SessionSeats>().Where(s => s.ResourceId == null && s.StartsAt >= from).ToListAsync(ct);
        var offerings = await OfferingsAsync(session, sessions, ct);
        if (partnerCenter is not null)
        {
            var owned = (await session.LoadManyAsync<OfferingOwnership>(ct, offerings.Keys))
                .Where(o => o.PartnerCenter == partnerCenter).Select(o => o.Id).ToHashSet();
            sessions = [.. sessions.Where(s => owned.Contains(s.OfferingId))];
        }
        return [.. sessions
            .Where(s => offerings.ContainsKey(s.OfferingId))
            .OrderBy(s => s.StartsAt)
            .Select(s =>
            {
                var offering = offerings[s.OfferingId];
                var title = $"{BookingCalendar.Title(offering)} ({s.Taken}/{s.Capacity})";
                // Moving or cancelling the session raises its SEQUENCE, so subscribed calendars replace the entry.
                return new CalendarEntry($"session-{s.Id:D}@kompetenzzentrum", s.Changes, s.StartsAt, s.EndsAt, title,
                    offering.Place ?? offering.Link, s.IsCancelled ? CalendarStatus.Cancelled : CalendarStatus.Confirmed, now);
            })];
    }

    private static async Task<IReadOnlyDictionary<Guid, CatalogEntry>> OfferingsAsync(
        IQuerySession session, IEnumerable<SessionSeats> sessions, CancellationToken ct) =>
        (await session.LoadManyAsync<CatalogEntry>(ct, sessions.Select(s => s.OfferingId).Distinct().ToArray())).ToDictionary(o => o.Id);
}
