using System.Collections.Concurrent;
using Kompetenzzentrum.Contracts.Slots;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>
/// A partner's offering type with its own slots (machine time in a learning factory), as a plugin would register it: it
/// names the recipient, template and calendar entry of its slot bookings' mails and answers no reminder.
/// </summary>
public sealed class PartnerSlotMails : ISlotBookingMails
{
    public const string Type = "partner-machine-time";
    public const string Template = "partner-machine-time.mail";
    public const string Room = "Halle 2, Fräszentrum";

    public ConcurrentQueue<SlotBookingNotice> Asked { get; } = new();

    public string OfferingType => Type;

    public static string AddressOf(Guid organisationId) => $"partner-{organisationId:N}@example.org";

    public Task<SlotBookingMail?> MailAsync(SlotBookingNotice notice, CancellationToken cancellationToken)
    {
        Asked.Enqueue(notice);
        var cancelled = notice.Kind == SlotMailKind.Cancelled;
        return Task.FromResult(notice.Kind == SlotMailKind.Reminder
            ? null
            : new SlotBookingMail(AddressOf(notice.OrganisationId), "de", Template, cancelled ? "Maschinenzeit storniert" : "Maschinenzeit gebucht",
                new { Room, What = cancelled ? "storniert" : "gebucht" }, $"machine-{notice.BookingId:N}@lernfabrik", cancelled ? 1 : 0,
                "Maschinenzeit", Room));
    }
}
