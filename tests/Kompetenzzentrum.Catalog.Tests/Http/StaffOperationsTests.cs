using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using static Kompetenzzentrum.Catalog.Tests.Http.CatalogApi;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// Staff operations on a session: a booking taken for an organisation (phone bookings) through the one booking engine,
/// pending requests approved or rejected at once, and a message to every confirmed attendee through the outbox.
/// </summary>
[Collection(CatalogHost.Name)]
public sealed class StaffOperationsTests(HostFixture host)
{
    private static string NewEmail() => $"staffops-{Guid.NewGuid():N}@example.org";

    private static async Task NamesFieldAsync(HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await Problem(response, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Given_staff_on_the_phone_When_they_book_for_an_organisation_Then_the_engine_books_it_marked_with_staff_and_channel()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 1);
        var (first, second) = (await host.CreateOrganisationAdminAsync(), await host.CreateOrganisationAdminAsync());
        var url = $"/api/catalog/sessions/{session}/phone-bookings";

        var confirmed = await Created(await api.Client.PostAsJsonAsync(url, ContactBooking(first.OrganisationId!.Value)));
        var waitlisted = await Created(await api.Client.PostAsJsonAsync(url,
            new { organisationId = second.OrganisationId, attendees = new[] { new { name = "Max Muster" } }, channel = "email" }));

        Assert.Equal(("confirmed", "phone"), (confirmed.GetProperty("status").GetString(), confirmed.GetProperty("channel").GetString()));
        Assert.NotEqual(Guid.Empty, confirmed.GetProperty("bookedBy").GetGuid());
        Assert.Equal(("waitlisted", "email"), (waitlisted.GetProperty("status").GetString(), waitlisted.GetProperty("channel").GetString()));
        var listed = await api.GetAsync($"/api/catalog/sessions/{session}/bookings");
        Assert.Equal(["phone", "email"], listed.EnumerateArray().Select(b => b.GetProperty("channel").GetString()));
        // The booking's ETag stays 0: naming who took it is no change of the booking.
        using var read = await first.Client.GetAsync($"/api/catalog/sessions/{session}/bookings/{confirmed.GetProperty("bookingId")}");
        Assert.Equal("\"0\"", read.Headers.ETag?.Tag);
        // The organisation's own booking names no staff.
        var own = await Created(await BookAsync(api.Client, await api.SessionAsync(5), ContactBooking(first.OrganisationId.Value)));
        Assert.Equal(JsonValueKind.Null, own.GetProperty("channel").ValueKind);
    }

    [Fact]
    public async Task Given_an_unknown_organisation_or_channel_When_staff_book_by_phone_Then_400_names_the_field_and_members_are_forbidden()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);
        var member = await host.CreateOrganisationAdminAsync();
        var url = $"/api/catalog/sessions/{session}/phone-bookings";

        await NamesFieldAsync(await api.Client.PostAsJsonAsync(url, ContactBooking(Guid.NewGuid())), "organisationId");
        await NamesFieldAsync(await api.Client.PostAsJsonAsync(url,
            new { organisationId = member.OrganisationId, attendees = new[] { new { name = "A" } }, channel = "fax" }), "channel");
        await NamesFieldAsync(await api.Client.PostAsJsonAsync(url, new { organisationId = member.OrganisationId }), "attendees");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.PostAsJsonAsync(url, ContactBooking(member.OrganisationId!.Value))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{Guid.NewGuid()}/phone-bookings", ContactBooking(member.OrganisationId.Value)))
            .StatusCode);
        Assert.Empty((await api.GetAsync($"/api/catalog/sessions/{session}/bookings")).EnumerateArray());
    }

    [Fact]
    public async Task Given_pending_requests_When_staff_approve_them_at_once_Then_each_gets_the_seat_logic_and_a_second_decision_is_refused()
    {
        using var api = new CatalogApi(host);
        var session = await api.SprintSessionAsync(capacity: 1);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var booked = await Created(await BookAsync(api.Client, session, ContactBooking(Guid.NewGuid())));
            ids.Add(booked.GetProperty("bookingId").GetGuid());
        }
        var url = $"/api/catalog/sessions/{session}/bookings/decisions";

        var first = await Ok(await api.Client.PostAsJsonAsync(url, new { decision = "approve", bookingIds = ids.Take(2) }));
        var again = await Ok(await api.Client.PostAsJsonAsync(url, new { decision = "approve", bookingIds = new[] { ids[0], ids[2] } }));

        Assert.Equal((2, 0, 0), (first.GetProperty("approved").GetInt32(), first.GetProperty("rejected").GetInt32(),
            first.GetProperty("refused").GetInt32()));
        Assert.Equal(["confirmed", "waitlisted"], first.GetProperty("bookings").EnumerateArray().Select(b => b.GetProperty("status").GetString()));
        Assert.Equal((1, 1), (again.GetProperty("approved").GetInt32(), again.GetProperty("refused").GetInt32()));
        var refused = again.GetProperty("bookings")[0];
        Assert.Equal(("refused", "catalog.booking-not-pending"),
            (refused.GetProperty("status").GetString(), refused.GetProperty("code").GetString()));
        var seats = await api.GetAsync($"/api/catalog/sessions/{session}");
        Assert.Equal((1, 2), (seats.GetProperty("seatsTaken").GetInt32(), seats.GetProperty("waitlisted").GetInt32()));
    }

    [Fact]
    public async Task Given_pending_requests_When_staff_reject_them_with_a_reason_Then_rejected_and_the_mail_tells_the_reason()
    {
        using var api = new CatalogApi(host);
        var session = await api.SprintSessionAsync(capacity: 1);
        var email = NewEmail();
        var booking = (await Created(await BookAsync(api.Client, session, ContactBooking(Guid.NewGuid(), email))))
            .GetProperty("bookingId").GetGuid();

        var answer = await Ok(await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/decisions",
            new { decision = "reject", bookingIds = new[] { booking }, reason = "Der Sprint ist für Bestandskunden." }));

        Assert.Equal(1, answer.GetProperty("rejected").GetInt32());
        var mails = (await Eventually.Get<IReadOnlyList<SentMail>>(async () => await host.MailsToAsync(email), m => m.Count >= 2))!;
        Assert.Equal("catalog.booking-rejected", mails[1].Category);
        Assert.Contains("Der Sprint ist für Bestandskunden.", mails[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_bad_decisions_When_posted_Then_400_names_the_field_and_nothing_is_decided()
    {
        using var api = new CatalogApi(host);
        var session = await api.SprintSessionAsync(capacity: 1);
        var booking = (await Created(await BookAsync(api.Client, session, ContactBooking(Guid.NewGuid())))).GetProperty("bookingId")
            .GetGuid();
        var url = $"/api/catalog/sessions/{session}/bookings/decisions";

        await NamesFieldAsync(await api.Client.PostAsJsonAsync(url, new { decision = "maybe", bookingIds = new[] { booking } }), "decision");
        await NamesFieldAsync(await api.Client.PostAsJsonAsync(url, new { decision = "approve", bookingIds = Array.Empty<Guid>() }), "bookingIds");
        await NamesFieldAsync(await api.Client.PostAsJsonAsync(url, new { decision = "approve", bookingIds = new[] { booking, booking } }),
            "bookingIds");
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{Guid.NewGuid()}/bookings/decisions",
            new { decision = "approve", bookingIds = new[] { booking } })).StatusCode);
        Assert.Equal("pending", (await api.GetAsync($"/api/catalog/sessions/{session}/bookings"))[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_confirmed_bookings_When_staff_mail_all_attendees_Then_each_contact_gets_the_template_mail_in_the_outbox()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 1);
        var (one, waiting) = (NewEmail(), NewEmail());
        await Created(await BookAsync(api.Client, session, ContactBooking(Guid.NewGuid(), one)));
        await Created(await BookAsync(api.Client, session, ContactBooking(Guid.NewGuid(), waiting)));
        var url = $"/api/catalog/sessions/{session}/messages";

        var sent = await Ok(await api.Client.PostAsJsonAsync(url, new { subject = "Anfahrt", body = "Bitte Tor 3 benutzen." }));

        Assert.Equal(1, sent.GetProperty("mails").GetInt32());
        var mail = Assert.Single(await host.MailsToAsync(one), m => m.Category == "catalog.session-message");
        Assert.Equal("Anfahrt", mail.Subject);
        Assert.Contains("Bitte Tor 3 benutzen.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Erlebnistour", mail.TextBody, StringComparison.Ordinal);
        // Only confirmed attendees: the waitlisted contact gets no message.
        Assert.DoesNotContain(await host.MailsToAsync(waiting), m => m.Category == "catalog.session-message");
    }

    [Fact]
    public async Task Given_an_empty_message_or_nobody_to_mail_When_staff_send_Then_400_names_the_field_or_409_and_nothing_is_sent()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);
        var url = $"/api/catalog/sessions/{session}/messages";

        await NamesFieldAsync(await api.Client.PostAsJsonAsync(url, new { subject = " ", body = "Text" }), "subject");
        await NamesFieldAsync(await api.Client.PostAsJsonAsync(url, new { subject = "Betreff", body = "" }), "body");
        // A booking without a contact address: nobody to mail.
        await Created(await api.BookAsync(session, Guid.NewGuid()));
        await Problem(await api.Client.PostAsJsonAsync(url, new { subject = "Betreff", body = "Text" }), HttpStatusCode.Conflict);
        var member = await host.CreateOrganisationAdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.PostAsJsonAsync(url, new { subject = "S", body = "B" })).StatusCode);
    }
}
