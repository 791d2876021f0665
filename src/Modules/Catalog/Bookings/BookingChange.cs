using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>A booking after a change, with its change count (the ETag).</summary>
internal sealed record ChangedBooking(BookingView View, long Sequence);

/// <summary>
/// The write every change of an existing booking shares (cancel, accept an offer, approve, reject, attendance,
/// completion): hold the session, compare the expected change count with the booking's, decide, commit, and answer
/// with the booking. Callers check access before; the API answers with <see cref="ToHttpResult"/>, pages with their
/// flash message.
/// </summary>
internal static class BookingChange
{
    public delegate Decision Decide(SessionState state, CatalogEntry offering);

    // expected: the change count from If-Match, if the request sent one; comparesVersion: whether the booking's
    // change count may be told (a member learns nothing of other organisations' bookings); committed: work that
    // follows the committed events, e.g. timers for seat offers.
    public static async Task<Result<ChangedBooking>> ApplyAsync(IDocumentSession session, Guid sessionId, Guid bookingId, long? expected,
        Func<SessionBooking, bool> comparesVersion, Decide decide, Func<IReadOnlyList<object>, Task>? committed, CancellationToken ct)
    {
        if (await HeldSession.HoldAsync(session, sessionId, bookingId, ct) is not { } held)
        {
            return Refusal.NotFound("catalog.session-not-found");
        }
        var state = held.State;
        // Compared while the session is held: nothing changes the booking between this check and the write.
        if (expected is { } version && state.Find(bookingId) is { } current && current.Sequence != version && comparesVersion(current))
        {
            return StaleVersions.Refusal(current.Sequence);
        }
        var decision = decide(state, held.Offering);
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        await held.CommitAsync(decision.Events, committed, ct);
        var after = held.State;
        if (after.Find(bookingId) is not { } changed)
        {
            return Refusal.NotFound("catalog.booking-not-found");
        }
        return new ChangedBooking(BookingView.Of(after, changed, await session.LoadAsync<BookingAttendees>(bookingId, ct)), changed.Sequence);
    }

    /// <summary>The API's answer: the booking with its ETag, a 412 naming the current ETag, or the refusal's problem.</summary>
    public static IResult ToHttpResult(this Result<ChangedBooking> result) => result.Match(
        changed => Results.Ok(changed.View).WithETag(changed.Sequence),
        StaleVersions.ToHttpResult);
}
