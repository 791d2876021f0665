using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// The write every change of an existing booking shares (cancel, accept an offer, approve, reject, attendance,
/// completion): hold the session exclusively, load its offering, compare <c>If-Match</c> with the booking's change
/// count, decide, append, and answer with the booking and its ETag. Callers check access before.
/// </summary>
internal static class BookingChange
{
    public delegate Decision Decide(SessionState state, CatalogEntry offering);

    // expected: the change count from If-Match, if the request sent one; comparesVersion: whether the booking's
    // change count may be told (a member learns nothing of other organisations' bookings); committed: work that
    // follows the committed events, e.g. timers for seat offers.
    public static async Task<IResult> ApplyAsync(IDocumentSession session, Guid sessionId, Guid bookingId, long? expected, Func<SessionBooking, bool> comparesVersion,
        Decide decide, Func<IReadOnlyList<object>, Task>? committed, CancellationToken ct)
    {
        // The same exclusive hold as booking: freed seats are offered exactly once, never sold twice, and a late
        // cancellation cannot race the marking of attendance.
        var stream = await session.Events.FetchForExclusiveWriting<SessionState>(sessionId, ct);
        var state = stream.Aggregate!;
        if (await session.LoadAsync<CatalogEntry>(state.OfferingId, ct) is not { } offering)
        {
            return Results.NotFound();
        }
        // Compared while the session is held: nothing changes the booking between this check and the write.
        if (expected is { } version && state.Find(bookingId) is { } held && held.Sequence != version && comparesVersion(held))
        {
            return ETags.PreconditionFailed(held.Sequence, "booking");
        }
        var decision = decide(state, offering);
        if (decision.Rejected is { } rejected)
        {
            return rejected.ToResult();
        }
        if (decision.Events.Count > 0)
        {
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            if (committed is not null)
            {
                await committed(decision.Events);
            }
        }
        var after = decision.Events.Aggregate(state, (s, e) => s.Evolve(e));
        var changed = after.Find(bookingId)!;
        return Results.Ok(BookingView.Of(after, changed, await session.LoadAsync<BookingAttendees>(bookingId, ct))).WithETag(changed.Sequence);
    }
}
