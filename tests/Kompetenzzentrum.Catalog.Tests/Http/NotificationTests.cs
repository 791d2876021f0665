using System.Net;
using System.Net.Http.Json;
using System.Text;
using Ical.Net;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class NotificationTests(HostFixture host)
{
    private static string NewEmail() => $"kontakt-{Guid.NewGuid():N}@example.org";

    private static object Booking(Guid organisationId, string? contactEmail) =>
        new { organisationId, attendees = new[] { new { name = "Erika Mustermann" } }, contactEmail };

    private static (Calendar Calendar, string Text) Ics(SentMail mail)
    {
        var attachment = Assert.Single(mail.Attachments);
        Assert.StartsWith("text/calendar", attachment.ContentType, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(attachment.Content);
        return (Calendar.Load(text)!, text);
    }

    private async Task<IReadOnlyList<SentMail>> MailsAsync(string email, int count) =>
        (await Eventually.Get<IReadOnlyList<SentMail>>(async () => await host.MailsToAsync(email), m => m.Count >= count))!;

    [Fact]
    public async Task Given_a_contact_email_When_booking_then_cancelling_Then_each_mail_has_the_same_uid_with_a_raised_sequence_and_cancel_method()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        var (organisation, email) = (Guid.NewGuid(), NewEmail());
        var booking = (await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, Booking(organisation, email))))
            .GetProperty("bookingId").GetGuid();
        var cancel = await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{booking}/cancel",
            new { organisationId = organisation });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        var mails = await MailsAsync(email, 2);

        Assert.Equal(["catalog.booking-confirmed", "catalog.booking-cancelled"], mails.Select(m => m.Category));
        var (confirmed, confirmedText) = Ics(mails[0]);
        var (cancelled, _) = Ics(mails[1]);
        Assert.Equal("REQUEST", confirmed.Method);
        Assert.Equal("CANCEL", cancelled.Method);
        Assert.Equal($"{booking:D}@kompetenzzentrum", confirmed.Events.Single().Uid);
        Assert.Equal(confirmed.Events.Single().Uid, cancelled.Events.Single().Uid);
        Assert.True(cancelled.Events.Single().Sequence > confirmed.Events.Single().Sequence);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:", confirmedText, StringComparison.Ordinal);
        Assert.Contains("Erlebnistour", mails[0].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_full_session_When_a_seat_frees_Then_the_waiting_contact_gets_waitlist_offer_and_confirmation_mails_in_rising_sequence()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 1);
        var (holder, waiter, email) = (Guid.NewGuid(), Guid.NewGuid(), NewEmail());
        var held = (await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, Booking(holder, null))))
            .GetProperty("bookingId").GetGuid();
        var waiting = (await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, Booking(waiter, email))))
            .GetProperty("bookingId").GetGuid();
        Assert.Equal(HttpStatusCode.OK,
            (await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{held}/cancel",
                new { organisationId = holder })).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{waiting}/accept",
                new { organisationId = waiter })).StatusCode);

        var mails = await MailsAsync(email, 3);

        Assert.Equal(["catalog.booking-waitlisted", "catalog.seat-offered", "catalog.booking-confirmed"], mails.Select(m => m.Category));
        Assert.Contains("1", mails[0].TextBody, StringComparison.Ordinal);
        var sequences = mails.Select(m => Ics(m).Calendar.Events.Single()).Select(e => (e.Uid, e.Sequence)).ToList();
        Assert.All(sequences, s => Assert.Equal($"{waiting:D}@kompetenzzentrum", s.Uid));
        Assert.Equal([0, 1, 2], sequences.Select(s => s.Sequence));
    }

    [Fact]
    public async Task Given_no_contact_email_When_booking_Then_no_mail_and_a_malformed_address_is_a_400_naming_the_field()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);

        var bad = await CatalogApi.BookAsync(api.Client, session, Booking(Guid.NewGuid(), "not an address"));

        var problem = await CatalogApi.Problem(bad, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("contactEmail", out _));
        await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, Booking(Guid.NewGuid(), null)));
    }

    [Fact]
    public async Task Given_a_confirmed_booking_Then_a_persistent_reminder_is_scheduled_a_day_ahead_and_firing_it_mails_a_reminder()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        var (organisation, email) = (Guid.NewGuid(), NewEmail());
        var booking = (await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, Booking(organisation, email))))
            .GetProperty("bookingId").GetGuid();
        var starts = (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("startsAt").GetDateTimeOffset();
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        // The reminder is scheduled by the mail subscription, shortly after the booking committed.
        var trigger = await Eventually.Get(
            async () => await scheduler.GetTrigger(new TriggerKey($"reminder-{booking:N}", "catalog")), t => t is not null);
        Assert.NotNull(trigger);
        Assert.Equal(starts - TimeSpan.FromHours(24), trigger.StartTimeUtc);
        await scheduler.TriggerJob(trigger.JobKey, trigger.JobDataMap);

        var mails = await MailsAsync(email, 2);
        var reminder = Assert.Single(mails, m => m.Category == "catalog.booking-reminder");
        Assert.Equal($"{booking:D}@kompetenzzentrum", Ics(reminder).Calendar.Events.Single().Uid);
    }

    [Fact]
    public async Task A_booking_mail_has_its_subject_in_the_offering_language_whatever_the_request_asked_for()
    {
        using var api = new CatalogApi(host);
        var germanSession = await api.SessionAsync(capacity: 2);
        var offering = System.Text.Json.JsonSerializer.SerializeToNode(CatalogApi.Offering(await api.CreateProgramAsync()))!.AsObject();
        offering["language"] = "en";
        var english = (await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/offerings", offering))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{english}/publish", null)).StatusCode);
        var englishSession = (await CatalogApi.Created(await api.ScheduleAsync(english, 2, TimeSpan.FromDays(14)))).GetProperty("id").GetGuid();
        var (germanEmail, englishEmail) = (NewEmail(), NewEmail());

        await CatalogApi.Created(await BookInAsync("en", germanSession, germanEmail));
        await CatalogApi.Created(await BookInAsync("de", englishSession, englishEmail));

        Assert.Equal("Buchung bestätigt: Erlebnistour", Assert.Single(await MailsAsync(germanEmail, 1)).Subject);
        Assert.Equal("Booking confirmed: Experience tour", Assert.Single(await MailsAsync(englishEmail, 1)).Subject);

        Task<HttpResponseMessage> BookInAsync(string language, Guid session, string email)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{session}/bookings")
            {
                Content = JsonContent.Create(Booking(Guid.NewGuid(), email)),
            };
            request.Headers.AcceptLanguage.ParseAdd(language);
            return api.Client.SendAsync(request);
        }
    }
}
