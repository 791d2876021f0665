using System.Text.Json;
using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>A booking as its organisation sees it; the waitlist position is derived from the session.</summary>
internal sealed record BookingView(
    Guid BookingId, Guid SessionId, Guid OfferingId, Guid OrganisationId, string Status, int? WaitlistPosition, DateTimeOffset? OfferExpiresAt,
        IReadOnlyList<string> Attendees, string? Channel = null, Guid? BookedBy = null)
{
    public static BookingView Of(SessionState session, SessionBooking booking, BookingAttendees? attendees) => new(
        booking.BookingId, session.Id, session.OfferingId, booking.OrganisationId, booking.Status.Text(),
        session.WaitlistPosition(booking.BookingId), booking.Status == SeatStatus.Offered ? booking.OfferExpiresAt : null, attendees?.Names ?? [],
        booking.Channel, booking.BookedBy);
}

/// <summary>
/// Who attends under a booking. Names are personal data, so they live here and not in the events: the
/// document can be erased while the booking history and research figures stay intact. The optional contact
/// address receives the booking mails; without one, no mail is sent.
/// </summary>
internal sealed record BookingAttendees(Guid Id, Guid SessionId, IReadOnlyList<string> Names, Guid OrganisationId = default,
    string? ContactEmail = null);

/// <summary>
/// An HTTP answer frozen as text, so that an idempotent retry gets byte for byte the answer the first
/// request got (same status, same body, same location).
/// </summary>
internal sealed record BookingAnswer(int Status, string ContentType, string Body, string? Location)
{
    /// <summary>
    /// The value this answer was frozen from (a <see cref="BookingView"/>, a package view), while in memory: it is not
    /// stored, so an answer read back for a retry has only its text.
    /// </summary>
    [JsonIgnore]
    public object? Value { get; init; }

    /// <summary>The refusal this answer was frozen from, while in memory (not stored).</summary>
    [JsonIgnore]
    public Refusal? Refusal { get; init; }

    public static BookingAnswer Created(BookingView view, JsonSerializerOptions json) =>
        new(StatusCodes.Status201Created, "application/json", JsonSerializer.Serialize(view, json),
            $"/api/catalog/sessions/{view.SessionId}/bookings/{view.BookingId}")
        {
            Value = view,
        };

    public static BookingAnswer Json(int status, object body, JsonSerializerOptions json, string? location = null) =>
        new(status, "application/json", JsonSerializer.Serialize(body, body.GetType(), json), location) { Value = body };

    /// <param name="refusal">The refusal; its reason in the request's language becomes the title.</param>
    /// <param name="texts">The words of the refusal's codes.</param>
    /// <param name="json">The API's serializer options.</param>
    /// <param name="status">A status other than the refusal's own.</param>
    /// <param name="type">The problem type, for clients and pages that tell one refusal from another.</param>
    /// <param name="item">What the refusal concerns (e.g. <c>sessionId</c>), as members of the problem.</param>
    public static BookingAnswer Refused(Refusal refusal, ITexts texts, JsonSerializerOptions json, int? status = null, string? type = null,
        IReadOnlyDictionary<string, object?>? item = null)
    {
        var problem = refusal.Kind == RefusalKind.Invalid
            ? new HttpValidationProblemDetails(refusal.Fields.GroupBy(f => f.Field)
                .ToDictionary(g => g.Key, g => g.Select(f => texts.Get(f.Code, f.Args)).ToArray()))
            : new ProblemDetails();
        problem.Status = status ?? RefusalResults.StatusOf(refusal.Kind);
        problem.Type = type;
        problem.Extensions["code"] = refusal.Code;
        foreach (var (name, value) in item ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }
        // An invalid refusal's code is common.invalid: its title is the house's "check the marked fields", as in RefusalResults.
        problem.Title = texts.Reason(refusal);
        problem.Detail = texts.Detail(refusal);
        var body = JsonSerializer.Serialize(problem, problem.GetType(), json);
        return new(problem.Status.Value, "application/problem+json", body, null) { Refusal = refusal };
    }

    public IResult ToResult(HttpContext http)
    {
        if (Location is not null)
        {
            http.Response.Headers.Location = Location;
        }
        return Results.Text(Body, ContentType, System.Text.Encoding.UTF8, Status);
    }
}

/// <summary>
/// The answer given to a booking request with an <c>Idempotency-Key</c>, stored in the same transaction as
/// its events. The id joins session id and key, so keys of different sessions never collide; the
/// fingerprint hashes the body, so the same key with another body is refused. The organisation is kept so that its
/// erasure finds the answers, which name the attendees.
/// </summary>
internal sealed record IdempotentBooking(string Id, string Fingerprint, BookingAnswer Answer, DateTimeOffset AnsweredAt, Guid? OrganisationId = null);

