using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// The booking organisation cancels (before the offering's deadline) or accepts seats offered from the
/// waitlist. Freed seats are offered to the waitlist in order, each offer for a limited time.
/// </summary>
internal static class ChangeBooking
{
    public sealed record Request(Guid? OrganisationId);

    internal delegate Decision Decide(SessionState state, CatalogEntry offering, Guid organisationId, DateTimeOffset now);

    public static void MapBookings(this IEndpointRouteBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/bookings/{bookingId:guid}",
            async (Guid id, Guid bookingId, HttpContext http, IQuerySession session, CancellationToken ct) =>
                await SessionStates.LoadAsync(session, id, ct) is { } state && state.Find(bookingId) is { } booking
                    && http.User.MaySee(booking.OrganisationId)
                    ? Results.Ok(BookingView.Of(state, booking, await session.LoadAsync<BookingAttendees>(bookingId, ct))).WithETag(booking.Sequence)
                    : Results.NotFound())
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("GetBooking")
            .Produces<BookingView>();
        api.MapPost("/sessions/{id:guid}/bookings/{bookingId:guid}/cancel",
                (Guid id, Guid bookingId, Request body, HttpContext http, [AsParameters] Dependencies deps, CancellationToken ct) =>
                    Handle(id, bookingId, body, http, deps, (state, offering, organisation, now) =>
                        BookingDecider.Cancel(state, offering, new CancelBooking(bookingId, organisation), deps.Desk.Window.Value, now,
                            http.User.IsStaff()), ct))
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("CancelBooking").ReadsIfMatch(false)
            .Produces<BookingView>();
        api.MapPost("/sessions/{id:guid}/bookings/{bookingId:guid}/accept",
                (Guid id, Guid bookingId, Request body, HttpContext http, [AsParameters] Dependencies deps, CancellationToken ct) =>
                    Handle(id, bookingId, body, http, deps, (state, offering, organisation, now) =>
                        BookingDecider.Accept(state, offering, new AcceptSeatOffer(bookingId, organisation), deps.Desk.Window.Value, now), ct))
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("AcceptSeatOffer").ReadsIfMatch(false)
            .Produces<BookingView>();
    }

    /// <summary>What every booking change needs from the container.</summary>
    internal sealed record Dependencies(IDocumentSession Session, BookingDesk Desk);

    private static async Task<IResult> Handle(Guid id, Guid bookingId, Request body, HttpContext http, Dependencies deps, Decide decide,
        CancellationToken ct) =>
        EntityTags.ReadIfMatch(http.Request, out var expected) is { } unreadable
            ? unreadable
            : (await ChangeAsync(id, bookingId, body.OrganisationId, expected, http.User, deps, decide, ct)).ToHttpResult();

    /// <summary>
    /// Changes a booking for <paramref name="organisation"/> (a member's own when null; staff name the organisation
    /// they act for). Another organisation's booking counts as not found.
    /// </summary>
    internal static async Task<Result<ChangedBooking>> ChangeAsync(
        Guid id, Guid bookingId, Guid? organisation, long? expected, ClaimsPrincipal user, Dependencies deps, Decide decide, CancellationToken ct)
    {
        if ((organisation ?? user.OrganisationId()) is not { } organisationId || organisationId == Guid.Empty)
        {
            return Refusal.Invalid("organisationId", "catalog.organisation-required");
        }
        if (!user.MaySee(organisationId) || await deps.Session.LoadAsync<SessionSeats>(id, ct) is null)
        {
            return Refusal.NotFound("catalog.session-not-found");
        }
        return await BookingChange.ApplyAsync(deps.Session, id, bookingId, expected, held => user.MaySee(held.OrganisationId),
            (state, offering) => decide(state, offering, organisationId, deps.Desk.Clock.GetUtcNow()),
            events => SeatOfferExpiryJob.ScheduleExpiryAsync(deps.Desk.Schedulers, events, deps.Desk.Logger, ct), ct);
    }
}
