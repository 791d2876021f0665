using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Attendance;

/// <summary>
/// Staff of the offering (center staff always, partner staff for their own center's offerings) list a
/// session's bookings, record attendance per booking and complete attended participations.
/// </summary>
internal static class AttendanceEndpoints
{
    /// <param name="Attended">How many of the booking's attendees came; 0 records a no-show.</param>
    public sealed record AttendanceRequest(int? Attended);

    public static void MapAttendance(this IEndpointRouteBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/bookings", List).RequireAuthorization(Policies.OfferingManager).WithName("ListSessionBookings");
        api.MapPost("/sessions/{id:guid}/bookings/{bookingId:guid}/attendance",
                (Guid id, Guid bookingId, AttendanceRequest body, HttpContext http, IDocumentSession session, TimeProvider clock,
                        CancellationToken ct) =>
                    Change(id, bookingId, http, session,
                        (state, offering) => AttendanceDecider.Record(state, offering, bookingId, body.Attended, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("RecordAttendance").ReadsIfMatch(false);
        api.MapPost("/sessions/{id:guid}/bookings/{bookingId:guid}/complete",
                (Guid id, Guid bookingId, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                    Change(id, bookingId, http, session,
                        (state, offering) => AttendanceDecider.Complete(state, offering, bookingId, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("CompleteParticipation").ReadsIfMatch(false);
    }

    private static async Task<IResult> List(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (await SessionStates.LoadAsync(session, id, ct) is not { } state
            || !await OfferingOwnership.MayManageAsync(session, http.User, state.OfferingId, ct))
        {
            return Results.NotFound();
        }
        var attendees = (await session.LoadManyAsync<BookingAttendees>(ct, state.Bookings.Select(b => b.BookingId))).ToDictionary(a => a.Id);
        return Results.Ok(state.Bookings.Select(b => BookingView.Of(state, b, attendees.GetValueOrDefault(b.BookingId))));
    }

    private static async Task<IResult> Change(
        Guid id,
        Guid bookingId,
        HttpContext http,
        IDocumentSession session,
        Func<SessionState, CatalogEntry, Decision> decide,
        CancellationToken ct) =>
        EntityTags.ReadIfMatch(http.Request, out var expected) is { } unreadable
            ? unreadable
            : (await ChangeAsync(id, bookingId, expected, http.User, session, decide, ct)).ToHttpResult();

    /// <summary>Records attendance or completion for staff who manage the session's offering (others learn nothing of it).</summary>
    internal static async Task<Result<ChangedBooking>> ChangeAsync(
        Guid id,
        Guid bookingId,
        long? expected,
        ClaimsPrincipal user,
        IDocumentSession session,
        Func<SessionState, CatalogEntry, Decision> decide,
        CancellationToken ct)
    {
        if (await session.LoadAsync<SessionSeats>(id, ct) is not { } current
            || !await OfferingOwnership.MayManageAsync(session, user, current.OfferingId, ct))
        {
            return Refusal.NotFound("catalog.session-not-found");
        }
        return await BookingChange.ApplyAsync(session, id, bookingId, expected, _ => true, (state, offering) => decide(state, offering), null, ct);
    }

    /// <summary>Records the attendance of several bookings in one transaction (the list's one submit); null when done.</summary>
    internal static async Task<Refusal?> ChangeManyAsync(Guid id, IReadOnlyCollection<Guid> bookingIds, ClaimsPrincipal user,
        IDocumentSession session, Func<SessionState, CatalogEntry, Decision> decide, CancellationToken ct)
    {
        if (await session.LoadAsync<SessionSeats>(id, ct) is not { } current
            || !await OfferingOwnership.MayManageAsync(session, user, current.OfferingId, ct)
            || await HeldSession.HoldAsync(session, id, bookingIds, [], ct) is not { } held)
        {
            return Refusal.NotFound("catalog.session-not-found");
        }
        var decision = decide(held.State, held.Offering);
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        await held.CommitAsync(decision.Events, null, ct);
        return null;
    }
}
