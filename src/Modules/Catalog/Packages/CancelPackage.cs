using System.Security.Claims;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>
/// Reads a package booking (with its ETag), and cancels its open items (confirmed, waiting, offered, or enrolled
/// when undated) in one transaction. Items already cancelled or lapsed stay as they are; an item past its
/// cancellation deadline stays booked for a member (staff cancel it too) and is named in the answer. The cancel
/// honours <c>Idempotency-Key</c> and <c>If-Match</c> (412 when the package changed meanwhile).
/// </summary>
internal static class CancelPackage
{
    public static void MapPackageBookings(this IEndpointRouteBuilder api)
    {
        api.MapGet("/package-bookings/{id:guid}", async (Guid id, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
                await PackageView.LoadAsync(deps.Session, id, ct) is { } view && http.User.MaySee(view.OrganisationId)
                    ? Results.Ok(view).WithETag(view.Version)
                    : Results.NotFound())
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("GetPackageBooking");
        api.MapPost("/package-bookings/{id:guid}/cancel", Handle)
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("CancelPackageBooking").ReadsIfMatch(false);
    }

    private static async Task<IResult> Handle(Guid id, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
        EntityTags.ReadIfMatch(http.Request, out var expected) is { } ifMatchAnswer
            ? ifMatchAnswer
            : (await CancelAsync(id, Idempotency.Read(http.Request), expected, http.User, deps, ct)).ToHttpResult(http);

    /// <summary>
    /// Cancels every item of a package booking that can still be cancelled, based on version <paramref name="expected"/>
    /// when given; items past their deadline are kept and named. Someone else's package counts as not found.
    /// </summary>
    internal static async Task<CommandReply<object>> CancelAsync(
        Guid id, string key, long? expected, ClaimsPrincipal user, PackageDependencies deps, CancellationToken ct)
    {
        var session = deps.Session;
        if (await session.LoadAsync<PackageBooking>(id, ct) is not { } booking || !user.MaySee(booking.OrganisationId))
        {
            return CommandReply<object>.Refused(Refusal.NotFound("catalog.package-booking-not-found"));
        }
        if (!Idempotency.IsValid(key))
        {
            return CommandReply<object>.Refused(Refusal.Invalid(Idempotency.Header, "catalog.key-too-long"));
        }
        var json = deps.Desk.Json.SerializerOptions;
        var idempotencyId = key.Length == 0 ? null : $"package-cancel:{id}:{key}";
        return CommandReply<object>.Of(await Idempotency.RunAsync(deps.Desk.Texts, session, deps.Store, idempotencyId, "", json,
            deps.Desk.Clock, () => DecideAsync(booking, expected, user.IsStaff(), deps, json, ct), ct));
    }

    private static async Task<CommandOutcome> DecideAsync(
        PackageBooking booking, long? expected, bool byStaff, PackageDependencies deps, JsonSerializerOptions json, CancellationToken ct)
    {
        var session = deps.Session;
        var dated = booking.Items.Where(i => i.SessionId is not null).ToList();
        var states = (await SessionWrites.LockAsync(session, [.. dated.Select(i => i.SessionId!.Value)], [.. dated.Select(i => i.BookingId)], [], ct))
            .ToDictionary();
        // Checked while every session of the package is held, so nothing changes between check and write.
        if (expected is { } version && PackageView.Of(booking, states).Version != version)
        {
            return new(BookingAnswer.Refused(Refusal.Conflict("catalog.package-changed"), deps.Desk.Texts, json,
                StatusCodes.Status412PreconditionFailed));
        }
        var now = deps.Desk.Clock.GetUtcNow();
        var changes = new List<(Guid SessionId, IReadOnlyList<object> Events)>();
        var kept = new List<string>();
        foreach (var item in booking.Items.Where(i => i.SessionId is { } id && states.ContainsKey(id)))
        {
            var state = states[item.SessionId!.Value];
            if (state.Find(item.BookingId) is not { Status: not (SeatStatus.Cancelled or SeatStatus.Lapsed) }
                || await session.LoadAsync<CatalogEntry>(state.OfferingId, ct) is not { } offering)
            {
                continue;
            }
            var decision = BookingDecider.Cancel(
                state, offering, new CancelBooking(item.BookingId, booking.OrganisationId), deps.Desk.Window.Value, now, byStaff);
            if (decision.Refused is { } refused)
            {
                kept.Add(deps.Desk.Texts.Get("catalog.package-item-kept",
                    TextArgs.Of(("sessionId", item.SessionId), ("reason", TextCode.Of(refused)))));
                continue;
            }
            changes.Add((state.Id, decision.Events));
            states[state.Id] = SessionWrites.Record(session, state, decision.Events);
        }
        var open = booking.Items.Where(i => i.SessionId is null && !i.Cancelled && !i.Completed).Select(i => i.BookingId).ToList();
        var after = booking;
        if (open.Count > 0)
        {
            after = booking with { Items = booking.Items.Select(i => open.Contains(i.BookingId) ? i with { Cancelled = true } : i).ToList() };
            session.Events.Append(booking.Id, new PackageItemsCancelled(booking.Id, open, now));
            session.Store(after);
        }
        return new(BookingAnswer.Json(StatusCodes.Status200OK, new { package = PackageView.Of(after, states), kept }, json),
            token => deps.AfterCommitAsync(changes, token));
    }
}
