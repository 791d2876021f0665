using System.Net.Mail;
using System.Text.Json.Nodes;
using Kompetenzzentrum.Contracts.Privacy;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>The optional contact address of a booking: trimmed, lower case, at most 254 characters.</summary>
internal static class ContactEmail
{
    public static bool IsValid(string? email) =>
        email is { Length: > 0 and <= 254 } && MailAddress.TryCreate(email.Trim(), out var parsed) && parsed.Address == email.Trim()
            && parsed.Host.Contains('.', StringComparison.Ordinal);

    public static string? Normalize(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}

/// <summary>
/// Erases and exports the personal data the catalog keeps: attendee names and contact addresses of bookings, and
/// the frozen answers of idempotent bookings, which repeat the names. An organisation's erasure removes its
/// attendee documents and blanks the names in its stored answers; a person's erasure removes the contact
/// address and replaces their name in their organisation's attendee lists and answers. The booking events hold
/// neither, so seats and research figures stay intact.
/// </summary>
internal sealed class AttendeeData(IDocumentStore store) : IPersonalDataEraser, IPersonalDataExporter
{
    /// <summary>What an attendee list shows where an erased person's name stood (one seat each, so the count stays).</summary>
    public const string ErasedName = "erased";

    public string Section => "catalog";

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (subject.OrganisationId is { } organisation)
        {
            session.DeleteWhere<BookingAttendees>(a => a.OrganisationId == organisation);
            await ScrubAnswersAsync(session, organisation, _ => true, cancellationToken);
        }
        foreach (var attendees in await FindByEmailAsync(session, subject, cancellationToken))
        {
            session.Store(attendees with { ContactEmail = null });
        }
        var names = subject.Names.Select(n => n.Trim()).Where(n => n.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (subject.MemberOf is { } memberOf && names.Count > 0)
        {
            bool Named(string name) => names.Contains(name.Trim());
            foreach (var attendees in await session.Query<BookingAttendees>().Where(a => a.OrganisationId == memberOf).ToListAsync(cancellationToken))
            {
                if (attendees.Names.Any(Named))
                {
                    session.Store(attendees with { Names = [.. attendees.Names.Select(n => Named(n) ? ErasedName : n)] });
                }
            }
            await ScrubAnswersAsync(session, memberOf, Named, cancellationToken);
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    // Answers stored before they carried the organisation are found by the organisation id in their body.
    private static async Task ScrubAnswersAsync(IDocumentSession session, Guid organisation, Func<string, bool> erase, CancellationToken ct)
    {
        var text = organisation.ToString();
        var answers = await session.Query<IdempotentBooking>().Where(a => a.OrganisationId == organisation
            || a.Answer.Body.Contains(text)).ToListAsync(ct);
        foreach (var answer in answers)
        {
            if (Scrubbed(answer.Answer.Body, erase) is { } body)
            {
                session.Store(answer with { Answer = answer.Answer with { Body = body } });
            }
        }
    }

    /// <summary>The body with the erased attendee names replaced, or null when it names none.</summary>
    private static string? Scrubbed(string body, Func<string, bool> erase)
    {
        if (!body.StartsWith('{') || JsonNode.Parse(body) is not JsonObject answer || answer["attendees"] is not JsonArray attendees)
        {
            return null;
        }
        var changed = false;
        for (var i = 0; i < attendees.Count; i++)
        {
            if (attendees[i] is JsonValue value && value.TryGetValue<string>(out var name) && name != ErasedName && erase(name))
            {
                attendees[i] = ErasedName;
                changed = true;
            }
        }
        return changed ? answer.ToJsonString() : null;
    }
    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var found = (await FindByEmailAsync(session, subject, cancellationToken)).ToList();
        if (subject.OrganisationId is { } organisation)
        {
            found.AddRange(await session.Query<BookingAttendees>().Where(a => a.OrganisationId == organisation).ToListAsync(cancellationToken));
        }
        return found.DistinctBy(a => a.Id).Select(a => new
        {
            bookingId = a.Id,
            sessionId = a.SessionId,
            attendees = a.Names,
            contactEmail = a.ContactEmail
        });
    }

    private static async Task<IReadOnlyList<BookingAttendees>> FindByEmailAsync(IQuerySession session, PersonalDataSubject subject,
        CancellationToken ct)
    {
        var emails = subject.Emails.Select(e => e.ToLowerInvariant()).ToArray();
        return emails.Length == 0 ? [] : await session.Query<BookingAttendees>().Where(a => emails.Contains(a.ContactEmail!)).ToListAsync(ct);
    }
}
