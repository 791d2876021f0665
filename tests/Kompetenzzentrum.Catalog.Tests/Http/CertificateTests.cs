using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;
using UglyToad.PdfPig;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>A certificate needs a completed participation, so a session that took place: the clock is moved past its start.</summary>
public sealed class CertificateTests(ClockedHostFixture host) : IClassFixture<ClockedHostFixture>
{
    private static string Certificate(Guid booking) => $"/api/catalog/bookings/{booking}/certificate.pdf";

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_completed_participation_Then_its_members_and_staff_read_a_pdf_naming_the_participant_and_others_get_404()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5, startsIn: TimeSpan.FromDays(3));
        var organisationName = "Bäckerei Korn GmbH " + Guid.NewGuid().ToString("N")[..6];
        var member = await host.CreateOrganisationAdminAsync(organisationName);
        var booking = (await CatalogApi.Created(await CatalogApi.BookAsync(member.Client, session,
            CatalogApi.Booking(member.OrganisationId!.Value, "Jörg Müller")))).GetProperty("bookingId").GetGuid();
        var early = await member.Client.GetAsync(Certificate(booking));
        Assert.Equal("catalog.certificate-not-completed",
            (await CatalogApi.Problem(early, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        using var staff = await host.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{booking}/attendance",
            new { attended = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/catalog/sessions/{session}/bookings/{booking}/complete", null)).StatusCode);
        var stranger = await host.CreateOrganisationAdminAsync();
        using var again = await host.SignInAsync(member.Email, TestUsers.Password); // the sign-in before the three days has expired
        again.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        var mine = await again.GetAsync(Certificate(booking));
        var staffs = await staff.GetAsync(Certificate(booking));

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("application/pdf", mine.Content.Headers.ContentType?.MediaType);
        var text = TextOf(await mine.Content.ReadAsByteArrayAsync());
        Assert.Contains("JörgMüller", text, StringComparison.Ordinal);
        Assert.Contains(organisationName.Replace(" ", "", StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.Contains("Teilnahmebescheinigung", text, StringComparison.Ordinal);
        Assert.Contains("Erlebnistour", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, staffs.StatusCode);
        Assert.Contains("JörgMüller", TextOf(await staffs.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(Certificate(booking))).StatusCode);

        // The booker's completion mail carries the same certificate (the offering is German, so the mail is too).
        var completion = await Eventually.Get(
            async () => (await host.MailsToAsync(member.Email)).SingleOrDefault(m => m.Category == "catalog.booking-completed"),
            found => found is not null);
        var attached = Assert.Single(completion!.Attachments);
        Assert.Equal(("Teilnahmebescheinigung.pdf", "application/pdf"), (attached.FileName, attached.ContentType));
        Assert.Contains("JörgMüller", TextOf(attached.Content), StringComparison.Ordinal);
        Assert.StartsWith("Teilnahmebescheinigung: ", completion.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "A certificate is only issued for a completed participation")]
    [InlineData("de", "Eine Teilnahmebescheinigung gibt es erst für eine abgeschlossene Teilnahme")]
    public async Task Given_a_confirmed_booking_not_completed_When_asking_for_its_certificate_Then_409_in_the_request_language(
        string language, string title)
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5, startsIn: TimeSpan.FromDays(30));
        var booking = (await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid()))).GetProperty("bookingId").GetGuid();
        using var request = new HttpRequestMessage(HttpMethod.Get, Certificate(booking));
        request.Headers.AcceptLanguage.ParseAdd(language);

        var problem = await CatalogApi.Problem(await api.Client.SendAsync(request), HttpStatusCode.Conflict);

        Assert.StartsWith(title, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
