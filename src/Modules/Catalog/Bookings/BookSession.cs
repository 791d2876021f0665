using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>An organisation books seats of a session for named attendees: confirmed while seats are free, else waitlisted.</summary>
internal static class BookSession
{
    public const int MaxAttendees = 50;
    private const int MaxAttempts = 5;

    /// <param name="OrganisationId">The booking organisation (defaults to the member's own).</param>
    /// <param name="Attendees">Named attendees, one seat each.</param>
    /// <param name="ContactEmail">
    /// Optional address that receives the booking mails, for someone other than the booking member (whose own confirmed address is the
    /// default); personal data, kept with the attendees.
    /// </param>
    public sealed record Request(Guid? OrganisationId, IReadOnlyList<Attendee>? Attendees, string? ContactEmail = null);

    public sealed record Attendee(string? Name);

    // The booking API bounds its own work (BookingLanes), so the host's limit on concurrent writes does not apply.
    public static void MapBookSession(this IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{id:guid}/bookings", Handle).RequireAuthorization(Policies.ParticipantOrStaff).WithName("BookSession")
            .DisableRateLimiting()
            .Produces<BookingView>(StatusCodes.Status201Created);

    private static async Task<IResult> Handle(Guid id, Request body, HttpContext http, BookingDesk desk, CancellationToken ct)
    {
        var reply = await BookAsync(id, body, http.Request.Headers["Idempotency-Key"].ToString(), http.User, http.RequestServices, desk, ct);
        return reply.ToHttpResult(http);
    }

    /// <summary>
    /// Books seats of session <paramref name="id"/> for named attendees. <paramref name="key"/> is the request's
    /// Idempotency-Key ("" for none; pages send none). <paramref name="byStaff"/>: staff take the booking for the
    /// organisation (<c>PhoneBookings</c>), recorded next to it.
    /// </summary>
    internal static async Task<CommandReply<BookingView>> BookAsync(
        Guid id, Request body, string key, ClaimsPrincipal user, IServiceProvider services, BookingDesk desk, CancellationToken ct,
        StaffBooking? byStaff = null)
    {
        // A member books for its own organisation; staff name the organisation they book for.
        body = body with { OrganisationId = body.OrganisationId ?? user.OrganisationId() };
        if (body.OrganisationId is { } requested && requested != Guid.Empty && !user.MaySee(requested))
        {
            return CommandReply<BookingView>.Refused(Refusal.Forbidden("catalog.book-own-organisation"));
        }
        if (Validate(body, key) is { Count: > 0 } errors)
        {
            return CommandReply<BookingView>.Refused(Refusal.Invalid(errors));
        }
        var json = desk.Json.SerializerOptions;
        var command = new BookSeats(Ids.New(desk.Clock), body.OrganisationId!.Value, body.Attendees!.Count, ByStaff: byStaff);
        var fingerprint = key.Length == 0 ? "" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body, json))));
        // Without an address given, the member who books gets the mails at their own confirmed address.
        var recipient = await desk.RecipientAsync(body.ContactEmail, user, command.OrganisationId, ct);
        var request = new Booking(id, command, body.Attendees!.Select(a => a.Name!.Trim()).ToList(), recipient,
            key.Length == 0 ? null : $"{id}:{key}", fingerprint);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                BookingAnswer? answer;
                IReadOnlyList<object> events;
                await using (var session = desk.Sessions.OpenSession())
                {
                    if (await desk.Offerings.OfferingOfAsync(session, id, ct) is not { } known)
                    {
                        return CommandReply<BookingView>.SessionNotFound;
                    }
                    // Without rules the booking joins the next shared transaction of its session's lane; it is
                    // booked here on its own only when that transaction failed, or on a retry. Rules may ask other
                    // modules, so they run before the session is locked.
                    if (known.OfferingType is { } type && !desk.HasRules(type) && attempt == 1
                        && await desk.Batches.BookAsync(request, known.OfferingId, EventStamp.Of(session)) is { } shared)
                    {
                        if (shared.Busy)
                        {
                            return CommandReply<BookingView>.Refused(Refusal.Unavailable("catalog.bookings-queue-full"));
                        }
                        await SeatOfferExpiryJob.ScheduleExpiryAsync(desk.Schedulers, shared.Events, desk.Logger, ct);
                        return CommandReply<BookingView>.Of(shared.Answer);
                    }
                    using var place = await desk.SoloAsync(ct);
                    if (!place.IsAcquired)
                    {
                        return CommandReply<BookingView>.Refused(Refusal.Unavailable("catalog.bookings-queue-full"));
                    }
                    var batch = session.CreateBatchQuery();
                    var offeringLoad = batch.Load<CatalogEntry>(known.OfferingId);
                    var earlierLoad = request.Key is null ? Task.FromResult<IdempotentBooking?>(null) : batch.Load<IdempotentBooking>(request.Key);
                    await batch.Execute(ct);
                    var (offering, earlier) = (await offeringLoad, await earlierLoad);
                    if (earlier is not null)
                    {
                        return CommandReply<BookingView>.Of(request.Replay(earlier, desk.Texts, json));
                    }
                    // A hold books nothing; an approval request keeps the booking as pending.
                    var verdict = offering is null ? RuleVerdict.Pass
                        : await services.GetRequiredService<BookingRuleChecks>().CheckAsync(offering, id, command.OrganisationId, command.Seats, ct);
                    if (verdict.Refusal is { } hold)
                    {
                        var held = Refusal.Conflict("catalog.booking-rule-hold", TextArgs.Of(("hold", hold)));
                        return new(held, BookingAnswer.Refused(held, desk.Texts, json, type: "urn:kompetenzzentrum:booking-rule"));
                    }
                    var decided = verdict.Approval is null ? request : request with { Command = command with { AwaitsApproval = true } };
                    (answer, events) = await Decide(session, decided, offering, desk, json, ct);
                }
                // Mails and reminders follow from the committed events (BookingMailSubscription); expiry timers are set here.
                await SeatOfferExpiryJob.ScheduleExpiryAsync(desk.Schedulers, events, desk.Logger, ct);
                return CommandReply<BookingView>.Of(answer);
            }
            // The exclusive fetch serialises bookings of a session, so this is rare: a retry with the same
            // key racing the first request, or a lock given up. The next attempt sees the winner's answer.
            catch (Exception ex) when (ex is ConcurrencyException or DocumentAlreadyExistsException)
            {
                if (attempt == MaxAttempts)
                {
                    return CommandReply<BookingView>.Refused(Refusal.Unavailable("catalog.session-busy"));
                }
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), ct);
            }
        }
    }

    private static List<FieldError> Validate(Request body, string key)
    {
        var errors = new FieldErrors();
        errors.When(body.OrganisationId is null || body.OrganisationId == Guid.Empty, "organisationId", "catalog.organisation-required");
        errors.When(body.Attendees is null || body.Attendees.Count == 0, "attendees", "catalog.attendees-required");
        errors.When(body.Attendees is { Count: > MaxAttendees }, "attendees", "catalog.attendees-too-many", TextArgs.Of(("max", MaxAttendees)));
        errors.When(body.Attendees?.Any(a => string.IsNullOrWhiteSpace(a?.Name) || a.Name.Length > 200) ?? false, "attendees",
            "catalog.attendee-name");
        errors.When(key.Length > 200, "Idempotency-Key", "catalog.key-too-long");
        errors.When(body.ContactEmail is not null && !ContactEmail.IsValid(body.ContactEmail), "contactEmail", "catalog.contact-email");
        return errors;
    }

    // The session's row lock holds until SaveChanges commits, so concurrent bookings of the same session queue and
    // each decides on the seats the previous one left. A retry racing the first request with one key fails on
    // inserting the same answer document and then reads the answer.
    private static async Task<(BookingAnswer? Answer, IReadOnlyList<object> Events)> Decide(IDocumentSession session, Booking request,
        CatalogEntry? offering, BookingDesk desk, JsonSerializerOptions json, CancellationToken ct)
    {
        var held = await SessionWrites.LockAsync(session, [request.SessionId], [], [request.Command.OrganisationId], ct, bookingOnly: true);
        if (held.GetValueOrDefault(request.SessionId) is not { } state)
        {
            return (null, []);
        }
        var (answer, events, _, _, _) = request.Apply(session, state, offering, desk.Window.Value, desk.Clock.GetUtcNow(), desk.Texts, json);
        if (events.Count > 0 || request.Key is not null)
        {
            await session.SaveChangesAsync(ct);
        }
        return (answer, events);
    }
}
