using System.Net;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// The sprint type's <c>staff-approval</c> rule asks for approval: a booking without an accepted application is
/// kept as <c>pending</c> (no seat taken) until staff of the offering approve or reject it.
/// </summary>
[Collection(CatalogHost.Name)]
public sealed class PendingBookingTests(HostFixture host)
{
    private static string NewEmail() => $"anfrage-{Guid.NewGuid():N}@example.org";

    private static object Booking(Guid organisationId, string? contactEmail = null) => CatalogApi.ContactBooking(organisationId, contactEmail);

    private static Task<JsonElement> OkAsync(HttpResponseMessage response) => CatalogApi.Ok(response);

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid session, Guid booking, string decision, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{session}/bookings/{booking}/{decision}");
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Given_a_sprint_without_accepted_application_When_an_sme_books_Then_the_booking_is_pending_takes_no_seat_and_both_sides_see_it()
    {
        using var api = new CatalogApi(host);
        var session = await api.SprintSessionAsync(capacity: 1);
        var sme = await host.CreateOrganisationAdminAsync();

        var booking = await CatalogApi.Created(await CatalogApi.BookAsync(sme.Client, session, Booking(sme.OrganisationId!.Value)));

        Assert.Equal("pending", booking.GetProperty("status").GetString());
        var id = booking.GetProperty("bookingId").GetGuid();
        using var read = await sme.Client.GetAsync($"/api/catalog/sessions/{session}/bookings/{id}");
        Assert.Equal("\"0\"", read.Headers.ETag?.Tag);
        Assert.Equal("pending", (await OkAsync(read)).GetProperty("status").GetString());
        var listed = await api.GetAsync($"/api/catalog/sessions/{session}/bookings");
        Assert.Equal("pending", Assert.Single(listed.EnumerateArray()).GetProperty("status").GetString());
        var seats = await api.GetAsync($"/api/catalog/sessions/{session}");
        Assert.Equal((0, 0), (seats.GetProperty("seatsTaken").GetInt32(), seats.GetProperty("waitlisted").GetInt32()));
        // Only staff of the offering decide; the member itself cannot approve its own request.
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(sme.Client, session, id, "approve")).StatusCode);
    }

    [Fact]
    public async Task Given_pending_requests_When_staff_approve_Then_the_seat_logic_confirms_then_waitlists_and_a_stale_if_match_is_412()
    {
        using var api = new CatalogApi(host);
        var session = await api.SprintSessionAsync(capacity: 1);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var one = (await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, Booking(first)))).GetProperty("bookingId").GetGuid();
        var two = (await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, Booking(second)))).GetProperty("bookingId").GetGuid();

        var stale = await DecideAsync(api.Client, session, one, "approve", "\"7\"");
        var confirmed = await OkAsync(await DecideAsync(api.Client, session, one, "approve", "\"0\""));
        var waitlisted = await OkAsync(await DecideAsync(api.Client, session, two, "approve", "\"0\""));
        var again = await DecideAsync(api.Client, session, one, "approve");

        await CatalogApi.Problem(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal(("waitlisted", 1), (waitlisted.GetProperty("status").GetString(), waitlisted.GetProperty("waitlistPosition").GetInt32()));
        await CatalogApi.Problem(again, HttpStatusCode.Conflict);
        var seats = await api.GetAsync($"/api/catalog/sessions/{session}");
        Assert.Equal((1, 1), (seats.GetProperty("seatsTaken").GetInt32(), seats.GetProperty("waitlisted").GetInt32()));
    }

    [Fact]
    public async Task Given_a_pending_request_with_a_contact_When_staff_reject_it_Then_rejected_and_the_contact_gets_request_and_rejection_mails()
    {
        using var api = new CatalogApi(host);
        var session = await api.SprintSessionAsync(capacity: 1);
        var (organisation, email) = (Guid.NewGuid(), NewEmail());
        var booking = (await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, Booking(organisation, email))))
            .GetProperty("bookingId").GetGuid();

        var rejected = await OkAsync(await DecideAsync(api.Client, session, booking, "reject", "\"0\""));

        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        var mails = (await Eventually.Get<IReadOnlyList<SentMail>>(async () => await host.MailsToAsync(email), m => m.Count >= 2))!;
        Assert.Equal(["catalog.booking-pending", "catalog.booking-rejected"], mails.Select(m => m.Category));
        Assert.Contains("Anfrage", mails[1].Subject, StringComparison.Ordinal);
        var calendar = System.Text.Encoding.UTF8.GetString(Assert.Single(mails[1].Attachments).Content);
        Assert.Contains("METHOD:CANCEL", calendar, StringComparison.Ordinal);
        // Rejected is final for this request; the organisation may ask again.
        Assert.Equal("pending",
            (await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, Booking(organisation)))).GetProperty("status").GetString());
    }
}
