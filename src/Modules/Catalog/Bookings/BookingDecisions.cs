using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// Staff approve or reject many pending requests of a session at once. Each booking is decided through the same
/// write as the single approve and reject (<see cref="BookingChange.ApplyAsync"/> with <see cref="ApprovalDecider"/>),
/// one after another in its own transaction, so each gets the seat logic as the ones before it left the session; the
/// answer tells each booking's outcome, a refused one with its reason (e.g. no longer pending).
/// </summary>
internal static class BookingDecisions
{
    public const int MaxBookings = 200;
    public const int MaxReason = 1000;
    public const string Approve = "approve";
    public const string Reject = "reject";

    /// <param name="Decision"><c>approve</c> or <c>reject</c>.</param>
    /// <param name="BookingIds">The pending bookings to decide, each once.</param>
    /// <param name="Reason">Optional reason of a rejection, told in the mail.</param>
    public sealed record Request(string? Decision, IReadOnlyList<Guid>? BookingIds, string? Reason = null);

    /// <summary>One booking's outcome: its status after the decision, or <c>refused</c> with the reason's code and text.</summary>
    public sealed record Outcome(Guid BookingId, string Status, string? Code = null, string? Reason = null);

    /// <summary>How many were approved (confirmed or waitlisted), rejected and refused, and each booking's outcome.</summary>
    public sealed record Answer(int Approved, int Rejected, int Refused, IReadOnlyList<Outcome> Bookings);

    public static void MapBookingDecisions(this IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{id:guid}/bookings/decisions",
                async (Guid id, Request body, HttpContext http, [AsParameters] ChangeBooking.Dependencies deps, ITexts texts, CancellationToken ct) =>
                    (await DecideAsync(id, body, http.User, deps, texts, ct)).ToHttpResult(answer => Results.Ok(answer)))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("DecideBookings")
            .Produces<Answer>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Decides the bookings of <paramref name="body"/>; the page and the API both call this.</summary>
    internal static async Task<Result<Answer>> DecideAsync(
        Guid id, Request body, ClaimsPrincipal user, ChangeBooking.Dependencies deps, ITexts texts, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.When(body.Decision is not (Approve or Reject), "decision", "catalog.decisions.decision");
        errors.When(body.BookingIds is null || body.BookingIds.Count == 0, "bookingIds", "catalog.decisions.none");
        errors.When(body.BookingIds is { Count: > MaxBookings }, "bookingIds", "catalog.decisions.too-many", TextArgs.Of(("max", MaxBookings)));
        errors.When(body.BookingIds is { } ids && ids.Distinct().Count() != ids.Count, "bookingIds", "catalog.decisions.repeated");
        errors.When(body.Reason is { Length: > MaxReason }, "reason", "catalog.decisions.reason-too-long", TextArgs.Of(("max", MaxReason)));
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        if (await deps.Session.LoadAsync<SessionSeats>(id, ct) is not { } seats
            || !await OfferingOwnership.MayManageAsync(deps.Session, user, seats.OfferingId, ct))
        {
            return Refusal.NotFound("catalog.session-not-found");
        }
        var outcomes = new List<Outcome>();
        foreach (var bookingId in body.BookingIds!)
        {
            await using var session = deps.Desk.Sessions.OpenSession();
            var decided = await BookingChange.ApplyAsync(session, id, bookingId, null, _ => true,
                (state, offering) => body.Decision == Approve
                    ? ApprovalDecider.Approve(state, offering, bookingId, deps.Desk.Window.Value, deps.Desk.Clock.GetUtcNow())
                    : ApprovalDecider.Reject(state, bookingId, deps.Desk.Clock.GetUtcNow(), body.Reason),
                events => SeatOfferExpiryJob.ScheduleExpiryAsync(deps.Desk.Schedulers, events, deps.Desk.Logger, ct), ct);
            outcomes.Add(decided.Match(
                changed => new Outcome(bookingId, changed.View.Status),
                refused => new Outcome(bookingId, "refused", refused.Code, texts.Reason(refused))));
        }
        return new Answer(outcomes.Count(o => o.Status is "confirmed" or "waitlisted"), outcomes.Count(o => o.Status == "rejected"),
            outcomes.Count(o => o.Status == "refused"), outcomes);
    }
}
