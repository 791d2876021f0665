using System.Text.Json;
using JasperFx.Events;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>One booking request, checked and ready to decide; <see cref="Key"/> joins session and Idempotency-Key.</summary>
internal sealed record Booking(Guid SessionId, BookSeats Command, IReadOnlyList<string> Names, string? Contact, string? Key, string Fingerprint)
{
    /// <summary>The first answer to this request's key, or a refusal when the key came with another request.</summary>
    public BookingAnswer Replay(IdempotentBooking earlier, ITexts texts, JsonSerializerOptions json) => earlier.Fingerprint == Fingerprint
        ? earlier.Answer
        : Idempotency.KeyReused(texts, json);

    /// <summary>
    /// Decides the booking on <paramref name="state"/>, the session as the bookings before this one left it, and
    /// queues its writes in <paramref name="session"/> without saving: the events on the session's stream with the
    /// booking rows they change, the attendees and, with a key, the answer, which it also returns as recorded. The
    /// session must be held (<see cref="SessionWrites.LockAsync"/>) until the commit.
    /// </summary>
    public (BookingAnswer Answer, IReadOnlyList<object> Events, SessionState After, IdempotentBooking? Recorded, IReadOnlyList<IEvent> Appended)
        Apply(IDocumentSession session, SessionState state, CatalogEntry? offering, TimeSpan offerWindow, DateTimeOffset now, ITexts texts,
            JsonSerializerOptions json)
    {
        IReadOnlyList<IEvent> appended = [];
        var decision = offering is null
            ? Refusal.Conflict("catalog.offering-gone")
            : BookingDecider.Book(state, offering, Command, offerWindow, now);
        var (answer, after) = (default(BookingAnswer), state);
        if (decision.Refused is { } refused)
        {
            answer = BookingAnswer.Refused(refused, texts, json);
        }
        else
        {
            after = SessionWrites.Record(session, state, decision.Events, out appended);
            var attendees = new BookingAttendees(Command.BookingId, SessionId, Names, Command.OrganisationId, Contact);
            session.Insert(attendees);
            answer = BookingAnswer.Created(BookingView.Of(after, after.Find(Command.BookingId)!, attendees), json);
        }
        var recorded = Key is null ? null : new IdempotentBooking(Key, Fingerprint, answer, now, Command.OrganisationId);
        if (recorded is not null)
        {
            // Insert, not store: should two requests with one key ever both get here, the second fails.
            session.Insert(recorded);
        }
        return (answer, decision.Events, after, recorded, appended);
    }
}
