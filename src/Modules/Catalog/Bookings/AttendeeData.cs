using System.Net.Mail;
using Kompetenzzentrum.Contracts.Privacy;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>The optional contact address of a booking: trimmed, lower case, at most 254 characters.</summary>
internal static class ContactEmail
{
    public static bool IsValid(string? email) =>
        email is { Length: > 0 and <= 254 } && MailAddress.TryCreate(email.Trim(), out var parsed) && parsed.Address == email.Trim() && parsed.Host.Contains('.', StringComparison.Ordinal);

    public static string? Normalize(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}

/// <summary>
/// Erases and exports the personal data the catalog keeps: attendee names and contact addresses of
/// bookings. An organisation's erasure removes its attendee documents; a person's erasure removes the
/// contact address. The booking events hold neither, so seats and research figures stay intact.
/// </summary>
internal sealed class AttendeeData(IDocumentStore store) : IPersonalDataEraser, IPersonalDataExporter
{
    public string Section => "catalog";

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (subject.OrganisationId is { } organisation)
        {
            session.DeleteWhere<BookingAttendees>(a => a.OrganisationId == organisation);
        }
        foreach (var attendees in await FindByEmailAsync(session, subject, cancellationToken))
        {
            session.Store(attendees with { ContactEmail = null });
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var found = (await FindByEmailAsync(session, subject, cancellationToken)).ToList();
        if (subject.OrganisationId is { } organisation)
        {
            found.AddRange(await session.Query<BookingAttendees>().Where(a => a.OrganisationId == organisation).ToListAsync(cancellationToken));
        }
        return found.DistinctBy(a => a.Id).Select(a => new { bookingId = a.Id, sessionId = a.SessionId, attendees = a.Names, contactEmail = a.ContactEmail });
    }

    private static async Task<IReadOnlyList<BookingAttendees>> FindByEmailAsync(IQuerySession session, PersonalDataSubject subject, CancellationToken ct)
    {
        var emails = subject.Emails.Select(e => e.ToLowerInvariant()).ToArray();
        return emails.Length == 0 ? [] : await session.Query<BookingAttendees>().Where(a => emails.Contains(a.ContactEmail!)).ToListAsync(ct);
    }
}
