using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JasperFx;
using JasperFx.Events;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
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
    /// <param name="ContactEmail">Optional address that receives the booking mails; personal data, kept with the attendees.</param>
    public sealed record Request(Guid? OrganisationId, IReadOnlyList<Attendee>? Attendees, string? ContactEmail = null);

    public sealed record Attendee(string? Name);

    public static void MapBookSession(this IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{id:guid}/bookings", Handle).RequireAuthorization(Policies.ParticipantOrStaff).WithName("BookSession");

    internal static async Task<IResult> Handle(Guid id, Request body, HttpContext http, BookingDesk desk, CancellationToken ct)
    {
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        // A member books for its own organisation; staff name the organisation they book for.
        body = body with { OrganisationId = body.OrganisationId ?? http.User.OrganisationId() };
        if (body.OrganisationId is { } requested && requested != Guid.Empty && !http.User.MaySee(requested))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You can book only for your own organisation.");
        }
        var problems = new FieldProblems()
            .When(body.OrganisationId is null || body.OrganisationId == Guid.Empty, "organisationId", "Die buchende Organisation fehlt.", "The booking organisation is required.")
            .When(body.Attendees is null || body.Attendees.Count == 0, "attendees", "Nennen Sie mindestens eine teilnehmende Person.", "Name at least one attendee.")
            .When(body.Attendees is { Count: > MaxAttendees }, "attendees", $"Höchstens {MaxAttendees} Personen je Buchung.", $"At most {MaxAttendees} attendees per booking.")
            .When(body.Attendees?.Any(a => string.IsNullOrWhiteSpace(a?.Name) || a.Name.Length > 200) ?? false, "attendees",
                "Jede teilnehmende Person braucht einen Namen (bis 200 Zeichen).", "Every attendee needs a name (up to 200 characters).")
            .When(key.Length > 200, "Idempotency-Key", "Höchstens 200 Zeichen.", "At most 200 characters.")
            .When(body.ContactEmail is not null && !ContactEmail.IsValid(body.ContactEmail), "contactEmail",
                "Eine gültige E-Mail-Adresse (bis 254 Zeichen) oder nichts.", "A valid e-mail address (up to 254 characters) or nothing.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var json = desk.Json.SerializerOptions;
        var command = new BookSeats(Ids.New(desk.Clock), body.OrganisationId!.Value, body.Attendees!.Count);
        var request = new Booking(id, command, body.Attendees!.Select(a => a.Name!.Trim()).ToList(), ContactEmail.Normalize(body.ContactEmail),
            key.Length == 0 ? null : $"{id}:{key}", key.Length == 0 ? "" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body, json)))));
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
                        return Results.NotFound();
                    }
                    // One round trip for the offering and an earlier answer. Rules may ask other modules, so they
                    // run before the session is locked; an offering type without rules takes the lock in the same
                    // round trip, first, so that the earlier answer is read after any request holding it committed.
                    var lockNow = known.OfferingType is { } type && !desk.HasRules(type);
                    // Without rules the booking joins the next shared transaction of its session's lane; it is
                    // booked here on its own only when that transaction failed, or on a retry.
                    if (lockNow && attempt == 1 && await QueueAsync(http, desk, request, known.OfferingId, EventStamp.Of(session)) is { } shared)
                    {
                        if (shared.Busy)
                        {
                            http.Response.Headers.RetryAfter = "2";
                            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                                title: UiText.T("Zu viele Buchungen warten gerade.", "Too many bookings are waiting."),
                                detail: UiText.T("Es wurde nichts gebucht. Versuchen Sie es gleich noch einmal.", "Nothing was booked. Retry shortly."));
                        }
                        await SeatOfferExpiryJob.ScheduleExpiryAsync(desk.Schedulers, shared.Events, desk.Logger, ct);
                        return shared.Answer?.ToResult(http) ?? Results.NotFound();
                    }
                    var batch = session.CreateBatchQuery();
                    var streamLoad = lockNow ? batch.Events.FetchForExclusiveWriting<SessionState>(id) : null;
                    var offeringLoad = batch.Load<CatalogEntry>(known.OfferingId);
                    var earlierLoad = request.Key is null ? Task.FromResult<IdempotentBooking?>(null) : batch.Load<IdempotentBooking>(request.Key);
                    await batch.Execute(ct);
                    var (offering, earlier) = (await offeringLoad, await earlierLoad);
                    if (earlier is not null)
                    {
                        return request.Replay(earlier, desk.Texts, json).ToResult(http);
                    }
                    // A hold books nothing; an approval request keeps the booking as pending.
                    var verdict = offering is null || lockNow ? RuleVerdict.Pass
                        : await http.RequestServices.GetRequiredService<BookingRuleChecks>().CheckAsync(offering, id, command.OrganisationId, command.Seats, ct);
                    if (verdict.Refusal is { } hold)
                    {
                        return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: hold, type: "urn:kompetenzzentrum:booking-rule");
                    }
                    var decided = verdict.Approval is null ? request : request with { Command = command with { AwaitsApproval = true } };
                    var stream = streamLoad is null ? await session.Events.FetchForExclusiveWriting<SessionState>(id, ct) : await streamLoad;
                    (answer, events) = await Decide(session, stream, decided, offering, desk.Window, desk.Clock, desk.Texts, json, ct);
                }
                // Mails and reminders follow from the committed events (BookingMailSubscription); expiry timers are set here.
                await SeatOfferExpiryJob.ScheduleExpiryAsync(desk.Schedulers, events, desk.Logger, ct);
                return answer?.ToResult(http) ?? Results.NotFound();
            }
            // The exclusive fetch serialises bookings of a session, so this is rare: a retry with the same
            // key racing the first request, or a lock given up. The next attempt sees the winner's answer.
            catch (Exception ex) when (ex is ConcurrencyException or DocumentAlreadyExistsException)
            {
                if (attempt == MaxAttempts)
                {
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The session is busy.",
                        detail: "Nothing was booked. Retry with the same Idempotency-Key.");
                }
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), ct);
            }
        }
    }

    // Waiting in the lane holds no database connection, so the request gives its place among the host's concurrent
    // writes up first: otherwise the requests waiting for the next transaction would keep as many out of it. Should
    // the shared transaction fail, the booking goes on on its own without the place; that is the rare case.
    private static Task<BookingOutcome?> QueueAsync(HttpContext http, BookingDesk desk, Booking request, Guid offeringId, EventStamp stamp)
    {
        http.Features.Get<IWriteSlotFeature>()?.Release();
        return desk.Batches.BookAsync(request, offeringId, stamp);
    }

    // The stream was fetched for exclusive writing: its row lock holds until SaveChanges commits, so concurrent
    // bookings of the same session queue and each decides on the seats the previous one left. A retry racing the
    // first request with one key fails on inserting the same answer document and then reads the answer.
    private static async Task<(BookingAnswer? Answer, IReadOnlyList<object> Events)> Decide(IDocumentSession session, IEventStream<SessionState> stream, Booking request,
        CatalogEntry? offering, SeatOfferWindow window, TimeProvider clock, ITexts texts, JsonSerializerOptions json, CancellationToken ct)
    {
        if (stream.Aggregate is not { } state)
        {
            return (null, []);
        }
        var (answer, events, _, _) = request.Apply(session, stream, state, offering, window.Value, clock.GetUtcNow(), texts, json);
        if (events.Count > 0 || request.Key is not null)
        {
            await session.SaveChangesAsync(ct);
        }
        return (answer, events);
    }
}
