using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Staff move or cancel a session (the API and the staff session page call these). The decision is taken while the
/// session is held, so no booking slips in between; the version named by the caller (<see cref="SessionSeats.Changes"/>)
/// is compared there too. Mails to the attendees follow from the committed events (<c>BookingMailSubscription</c>).
/// </summary>
internal static class SessionLifecycle
{
    /// <summary>Moves the session and/or changes its capacity, based on version <paramref name="expected"/> when given.</summary>
    public static Task<Result<SessionSeats>> MoveAsync(
        Guid sessionId, MoveSessionInput input, long? expected, ClaimsPrincipal user, StaffSessionChanges.Context context, CancellationToken ct) =>
        ChangeAsync(sessionId, expected, allBookings: false, user, context,
            (state, _, now) => SessionLifecycleDecider.Move(state, input, context.Window.Value, now), ct);

    /// <summary>Cancels the session with a reason; every open booking ends.</summary>
    public static Task<Result<SessionSeats>> CancelAsync(
        Guid sessionId, CancelSessionInput input, long? expected, ClaimsPrincipal user, StaffSessionChanges.Context context, CancellationToken ct) =>
        ChangeAsync(sessionId, expected, allBookings: true, user, context,
            (state, offering, now) => SessionLifecycleDecider.Cancel(state, offering, input, now), ct);

    private static async Task<Result<SessionSeats>> ChangeAsync(
        Guid sessionId,
        long? expected,
        bool allBookings,
        ClaimsPrincipal user,
        StaffSessionChanges.Context context,
        Func<SessionState, CatalogEntry, DateTimeOffset, Decision> decide,
        CancellationToken ct)
    {
        var session = context.Session;
        if (await session.LoadAsync<SessionSeats>(sessionId, ct) is not { } current
            || !await OfferingOwnership.MayManageAsync(session, user, current.OfferingId, ct)
            || await HeldSession.HoldAsync(session, sessionId, [], [], ct) is not { } held)
        {
            return Refusal.NotFound("catalog.session-not-found");
        }
        if (expected is { } version && held.State.Seats.Changes != version)
        {
            return StaleVersions.Refusal(held.State.Seats.Changes);
        }
        if (allBookings)
        {
            await held.LoadAllBookingsAsync(ct);
        }
        var decision = decide(held.State, held.Offering, context.Clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        await held.CommitAsync(decision.Events, events => SeatOfferExpiryJob.ScheduleExpiryAsync(context.Schedulers, events, context.Logger, ct), ct);
        return held.State.Seats;
    }
}
