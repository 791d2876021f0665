using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
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
                (Guid id, Guid bookingId, HttpContext http, [AsParameters] ChangeBooking.Dependencies deps, CancellationToken ct) =>
                    Handle(id, bookingId, http, deps, (state, offering, now) => ApprovalDecider.Approve(state, offering, bookingId,
                        deps.Desk.Window.Value, now), ct))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("ApproveBooking").ReadsIfMatch(false);
        api.MapPost("/sessions/{id:guid}/bookings/{bookingId:guid}/reject",
                (Guid id, Guid bookingId, HttpContext http, [AsParameters] ChangeBooking.Dependencies deps, CancellationToken ct) =>
                    Handle(id, bookingId, http, deps, (state, _, now) => ApprovalDecider.Reject(state, bookingId, now), ct))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("RejectBooking").ReadsIfMatch(false);
    }

    private static async Task<IResult> Handle(Guid id, Guid bookingId, HttpContext http, ChangeBooking.Dependencies deps, Decide decide,
        CancellationToken ct)
    {
        if (EntityTags.ReadIfMatch(http.Request, out var expected) is { } unreadable)
        {
            return unreadable;
        }
        var session = deps.Session;
        if (await session.LoadAsync<SessionSeats>(id, ct) is not { } current
            || !await OfferingOwnership.MayManageAsync(session, http.User, current.OfferingId, ct))
        {
            return Results.NotFound();
        }
        // The mails (confirmed, waitlisted, rejected) follow from the committed events; offers swept in need their expiry.
        return (await BookingChange.ApplyAsync(session, id, bookingId, expected, _ => true,
            (state, offering) => decide(state, offering, deps.Desk.Clock.GetUtcNow()),
            events => SeatOfferExpiryJob.ScheduleExpiryAsync(deps.Desk.Schedulers, events, deps.Desk.Logger, ct), ct)).ToHttpResult();
    }
}
