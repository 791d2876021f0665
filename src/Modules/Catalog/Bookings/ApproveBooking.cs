using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// Staff of the offering approve a pending booking request (confirmed or waitlisted by the normal seat logic)
/// or reject it. Both honour <c>If-Match</c> with the booking's ETag, like every other booking write.
/// </summary>
internal static class ApproveBooking
{
    private delegate Decision Decide(SessionState state, CatalogEntry offering, DateTimeOffset now);

    public static void MapBookingApprovals(this IEndpointRouteBuilder api)
    {
        api.MapPost("/sessions/{id:guid}/bookings/{bookingId:guid}/approve",
                (Guid id, Guid bookingId, HttpContext http, SeatOfferWindow window, [AsParameters] ChangeBooking.Dependencies deps, CancellationToken ct) =>
                    Handle(id, bookingId, http, deps, (state, offering, now) => BookingApprovals.Approve(state, offering, bookingId, window.Value, now), ct))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("ApproveBooking");
        api.MapPost("/sessions/{id:guid}/bookings/{bookingId:guid}/reject",
                (Guid id, Guid bookingId, HttpContext http, [AsParameters] ChangeBooking.Dependencies deps, CancellationToken ct) =>
                    Handle(id, bookingId, http, deps, (state, _, now) => BookingApprovals.Reject(state, bookingId, now), ct))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("RejectBooking");
    }

    private static async Task<IResult> Handle(Guid id, Guid bookingId, HttpContext http, ChangeBooking.Dependencies deps, Decide decide, CancellationToken ct)
    {
        if (ETags.ReadIfMatch(http.Request, out var expected) is { } unreadable)
        {
            return unreadable;
        }
        var session = deps.Session;
        if (await session.LoadAsync<SessionState>(id, ct) is not { } current || !await OfferingOwnership.MayManageAsync(session, http.User, current.OfferingId, ct))
        {
            return Results.NotFound();
        }
        // The same exclusive hold as booking: an approval takes a seat only while nobody else decides on them.
        var stream = await session.Events.FetchForExclusiveWriting<SessionState>(id, ct);
        var state = stream.Aggregate!;
        if (await session.LoadAsync<CatalogEntry>(state.OfferingId, ct) is not { } offering)
        {
            return Results.NotFound();
        }
        if (expected is { } version && state.Find(bookingId) is { } held && held.Sequence != version)
        {
            return ETags.PreconditionFailed(held.Sequence, "booking");
        }
        var decision = decide(state, offering, deps.Clock.GetUtcNow());
        if (decision.Rejected is { } rejected)
        {
            return rejected.ToResult();
        }
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync(ct);
        // The mails (confirmed, waitlisted, rejected) follow from the committed events; offers swept in need their expiry.
        await SeatOfferExpiryJob.ScheduleExpiryAsync(deps.Schedulers, decision.Events, deps.Logger, ct);
        var after = decision.Events.Aggregate(state, (s, e) => s.Evolve(e));
        var changed = after.Find(bookingId)!;
        return Results.Ok(BookingView.Of(after, changed, await session.LoadAsync<BookingAttendees>(bookingId, ct))).WithETag(changed.Sequence);
    }
}
