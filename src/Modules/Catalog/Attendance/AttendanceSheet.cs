using System.Security.Claims;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Attendance;

/// <summary>One line of a session's attendance list: one attendee of a booking that holds seats.</summary>
internal sealed record AttendanceRow(int Number, Guid BookingId, string Name, string Organisation, string Status);

/// <summary>A session's attendance list: the session, its offering and one row per expected attendee.</summary>
internal sealed record AttendanceSheetModel(SessionState Session, CatalogEntry Offering, IReadOnlyList<AttendanceRow> Rows);

/// <summary>
/// The attendance list of a session, the same for the print view (sign-in sheet), the CSV and the xlsx download: every
/// attendee of the confirmed bookings (and of those whose attendance is recorded), in the order they booked, with the
/// organisation's name.
/// </summary>
internal static class AttendanceSheet
{
    public static async Task<AttendanceSheetModel?> LoadAsync(
        Guid sessionId, ClaimsPrincipal user, IQuerySession session, IServiceProvider services, ITexts texts, CancellationToken ct)
    {
        if (await SessionStates.LoadAsync(session, sessionId, ct) is not { } state
            || !await OfferingOwnership.MayManageAsync(session, user, state.OfferingId, ct)
            || await session.LoadAsync<CatalogEntry>(state.OfferingId, ct) is not { } offering)
        {
            return null;
        }
        var seated = state.Bookings.Where(b => b.HoldsSeats && b.Status != SeatStatus.Offered).ToList();
        var attendees = (await session.LoadManyAsync<BookingAttendees>(ct, seated.Select(b => b.BookingId))).ToDictionary(a => a.Id, a => a.Names);
        var names = services.GetService<IOrganisationNames>() is { } directory
            ? await directory.NamesAsync([.. seated.Select(b => b.OrganisationId).Distinct()], ct)
            : new Dictionary<Guid, string>();
        var rows = new List<AttendanceRow>();
        foreach (var booking in seated)
        {
            var people = attendees.GetValueOrDefault(booking.BookingId) ?? [];
            var organisation = names.GetValueOrDefault(booking.OrganisationId) ?? SessionTexts.Organisation(booking.OrganisationId);
            var status = SessionTexts.Status(texts, booking);
            // A seat without a name (erased, or booked without names) still gets its line to sign.
            var first = rows.Count + 1;
            rows.AddRange(Enumerable.Range(0, booking.Seats)
                .Select(i => new AttendanceRow(first + i, booking.BookingId, i < people.Count ? people[i] : "", organisation, status)));
        }
        return new AttendanceSheetModel(state, offering, rows);
    }
}
