using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// The HTTP write every change of an existing booking shares (cancel, accept an offer, approve, reject,
/// attendance, completion): hold the session, compare <c>If-Match</c> with the booking's change count, decide,
/// commit, and answer with the booking and its ETag. Callers check access before.
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
        if (await HeldSession.HoldAsync(session, sessionId, ct) is not { } held)
        {
            return Results.NotFound();
        }
        var state = held.State;
        // Compared while the session is held: nothing changes the booking between this check and the write.
        if (expected is { } version && state.Find(bookingId) is { } current && current.Sequence != version && comparesVersion(current))
        {
            return EntityTags.Stale(current.Sequence);
        }
        var decision = decide(state, held.Offering);
        if (decision.Rejected is { } rejected)
        {
            return rejected.ToResult();
        }
        await held.CommitAsync(decision.Events, committed, ct);
        var after = decision.Events.Aggregate(state, (s, e) => s.Evolve(e));
        var changed = after.Find(bookingId)!;
        return Results.Ok(BookingView.Of(after, changed, await session.LoadAsync<BookingAttendees>(bookingId, ct))).WithETag(changed.Sequence);
    }
}
