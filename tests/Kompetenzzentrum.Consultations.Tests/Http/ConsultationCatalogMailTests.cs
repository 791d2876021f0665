using System.Globalization;
using System.Net;
using System.Text;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>
/// The catalog's booking notifications mail consultation slots (issue 26): the consultation gives the words and details
/// (<c>ConsultationSlotMails</c>), the catalog sends the mail with the calendar file and keeps the reminder; a partner's
/// offering type that registers its own <see cref="ISlotBookingMails"/> gets the same.
/// </summary>
public sealed class ConsultationCatalogMailTests(SlotMailHostFixture host) : IClassFixture<SlotMailHostFixture>
{
    private const string ExpertPlace = "Halle 4, Lernfabrik Cottbus";
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task A_booked_consultation_is_mailed_by_the_catalog_with_the_experts_place_the_use_cases_and_a_calendar_file()
    {
        using var api = new ConsultationApi(host);
        var (org, id, email, slots) = await AnsweredAsync(api);

        await HttpAnswers.Created(await api.BookAsync(org, id, slots[0]));

        var mail = Assert.Single(await MailsAsync(email, "consultations.booked"));
        Assert.Equal("KI-Sprechstunde gebucht", mail.Subject);
        Assert.Contains(ExpertPlace, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Dokumentenanalyse", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(Local(slots[0]), mail.TextBody, StringComparison.Ordinal);
        var ics = Assert.Single(mail.Attachments);
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", ics.ContentType);
        var calendar = Encoding.UTF8.GetString(ics.Content);
        Assert.Contains($"UID:consultation-{id:D}@kompetenzzentrum", calendar, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", calendar, StringComparison.Ordinal);
        Assert.Contains("LOCATION:" + ExpertPlace.Replace(",", "\\,", StringComparison.Ordinal), calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moved_consultation_gets_one_moved_mail_for_the_same_calendar_entry_with_a_higher_sequence()
    {
        using var api = new ConsultationApi(host);
        var (org, id, email, slots) = await AnsweredAsync(api);
        await HttpAnswers.Created(await api.BookAsync(org, id, slots[0]));

        Assert.Equal(HttpStatusCode.OK, (await api.MoveAsync(org, id, slots[1])).StatusCode);

        // The catalog cancelled the old booking before it confirmed the new one: a mail for the cancellation would come first.
        var mails = await MailsAsync(email, "consultations.rescheduled");
        Assert.Equal(["consultations.booked", "consultations.rescheduled"], mails.Select(m => m.Category));
        var moved = mails[1];
        Assert.Equal("KI-Sprechstunde verschoben", moved.Subject);
        Assert.Contains(Local(slots[1]), moved.TextBody, StringComparison.Ordinal);
        var calendars = mails.Select(m => Encoding.UTF8.GetString(m.Attachments.Single().Content)).ToList();
        Assert.All(calendars, c => Assert.Contains($"UID:consultation-{id:D}@kompetenzzentrum", c, StringComparison.Ordinal));
        Assert.Equal([0, 1], calendars.Select(Sequence));
        Assert.Contains("METHOD:REQUEST", calendars[1], StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:" + Compact(slots[1]), calendars[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_consultation_is_mailed_with_a_calendar_file_that_cancels_the_entry()
    {
        using var api = new ConsultationApi(host);
        var (org, id, email, slots) = await AnsweredAsync(api);
        await HttpAnswers.Created(await api.BookAsync(org, id, slots[0]));

        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(org, id)).StatusCode);

        var mails = await MailsAsync(email, "consultations.cancelled");
        Assert.Equal(["consultations.booked", "consultations.cancelled"], mails.Select(m => m.Category));
        var ics = mails[1].Attachments.Single();
        Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", ics.ContentType);
        var calendar = Encoding.UTF8.GetString(ics.Content);
        Assert.Contains("METHOD:CANCEL", calendar, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:consultation-{id:D}@kompetenzzentrum", calendar, StringComparison.Ordinal);
        Assert.Equal(1, Sequence(calendar));
    }

    [Fact]
    public async Task The_reminder_is_scheduled_once_replaced_on_a_move_and_not_sent_after_the_cancellation()
    {
        using var api = new ConsultationApi(host);
        var (org, id, email, slots) = await AnsweredAsync(api);
        await HttpAnswers.Created(await api.BookAsync(org, id, slots[0]));
        var first = await api.BookingIdAsync(id);
        var firstTrigger = await api.ReminderAsync(id);
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var ofJob = await scheduler.GetTriggersOfJob(new JobKey("booking-reminder", "catalog"));
        Assert.Single(ofJob, t => t.JobDataMap.GetString("bookingId") == first.ToString());
        Assert.Equal(slots[0] - TimeSpan.FromHours(24), firstTrigger.StartTimeUtc);

        Assert.Equal(HttpStatusCode.OK, (await api.MoveAsync(org, id, slots[1])).StatusCode);
        var movedTrigger = await api.ReminderAsync(id);
        Assert.Equal(slots[1] - TimeSpan.FromHours(24), movedTrigger.StartTimeUtc);
        await Eventually.Get(async () => (await api.ReminderTriggerAsync(first)) is null ? "gone" : null, _ => true);
        await host.RunJobAsync(firstTrigger.JobKey, firstTrigger.JobDataMap); // had it stayed, the old booking reminds nobody
        await host.RunJobAsync(movedTrigger.JobKey, movedTrigger.JobDataMap);
        var reminder = Assert.Single(await MailsAsync(email, "consultations.reminder"), m => m.Category == "consultations.reminder");
        Assert.Equal("Erinnerung", reminder.Subject);
        Assert.Contains(Local(slots[1]), reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, Sequence(Encoding.UTF8.GetString(reminder.Attachments.Single().Content)));

        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(org, id)).StatusCode);
        await MailsAsync(email, "consultations.cancelled");
        Assert.Null(await api.ReminderTriggerAsync(await api.BookingIdAsync(id)));
        await host.RunJobAsync(movedTrigger.JobKey, movedTrigger.JobDataMap);

        Assert.Single(await host.MailsToAsync(email), m => m.Category == "consultations.reminder");
    }

    [Fact]
    public async Task A_partner_offering_type_that_registers_its_slot_mails_gets_them_from_the_catalog()
    {
        using var staff = await host.AdminAsync();
        var offering = await CatalogSetup.PublishedOfferingAsync(staff, PartnerSlotMails.Type, "Partnerprogramm " + Guid.NewGuid().ToString("N")[..6],
            ("Maschinenzeit", "Machine time"), ("Eine Stunde an der Fräse.", "One hour at the milling machine."), ["ki"]);
        var (org, machine) = (Guid.NewGuid(), Guid.NewGuid());
        var start = new DateTimeOffset(host.Clock.GetUtcNow().UtcDateTime.Date.AddDays(3).AddHours(9), TimeSpan.Zero);
        var booking = Guid.NewGuid();
        var slots = host.Factory.Services.GetRequiredService<ISlotBookings>();
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var booked = await slots.BookAsync(session, new BookSlot(booking, offering, org, new(machine, start, start.AddHours(1))), default);
            Assert.Null(booked.Refusal);
            await session.SaveChangesAsync();
        }
        var to = PartnerSlotMails.AddressOf(org);
        var mail = Assert.Single(await Eventually.Get(async () => await host.MailsToAsync(to), m => m.Count > 0));
        Assert.Equal(PartnerSlotMails.Template, mail.Category);
        Assert.Equal("Maschinenzeit gebucht", mail.Subject);
        Assert.Equal("Ihre Maschinenzeit ist gebucht: " + PartnerSlotMails.Room, mail.TextBody.Trim());
        Assert.Contains($"UID:machine-{booking:N}@lernfabrik", Encoding.UTF8.GetString(mail.Attachments.Single().Content), StringComparison.Ordinal);
        var api = new ConsultationApi(host);
        using (api)
        {
            var reminder = await Eventually.Get(() => api.ReminderTriggerAsync(booking), t => t is not null);
            await host.RunJobAsync(reminder!.JobKey, reminder.JobDataMap); // the type answers no reminder: none goes
        }

        await using (var session = store.LightweightSession())
        {
            Assert.Null((await slots.CancelAsync(session, booking, org, default)).Refusal);
            await session.SaveChangesAsync();
        }

        var mails = await Eventually.Get(async () => await host.MailsToAsync(to), m => m.Count > 1);
        Assert.Equal(2, mails.Count);
        Assert.Equal("Maschinenzeit storniert", mails[1].Subject);
        Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", mails[1].Attachments.Single().ContentType);
        Assert.Equal([SlotMailKind.Booked, SlotMailKind.Reminder, SlotMailKind.Cancelled],
            host.Partner.Asked.Where(n => n.BookingId == booking).Select(n => n.Kind));
        Assert.All(host.Partner.Asked.Where(n => n.BookingId == booking),
            n => Assert.Equal(new SlotOption(machine, start, start.AddHours(1)), n.Slot));
    }

    // Every expert of this class has the same place, so whichever the booking is routed to, the mail names it.
    private static Task<(Guid Org, Guid Id, string Email, IReadOnlyList<DateTimeOffset> Slots)> AnsweredAsync(ConsultationApi api) =>
        api.AnsweredWithSlotsAsync(ExpertPlace);

    // The catalog mails after the commit, in the order of its booking events.
    private async Task<IReadOnlyList<SentMail>> MailsAsync(string email, string category) =>
        await Eventually.Get(async () => await host.MailsToAsync(email), m => m.Any(x => x.Category == category));

    private static int Sequence(string calendar) =>
        int.Parse(calendar.Split("\r\n").Single(l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal))["SEQUENCE:".Length..],
            CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Compact(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Berlin).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
