using System.Text;
using Ical.Net;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>The booking member's own confirmed address is the default recipient; the optional address is for someone else.</summary>
[Collection(CatalogHost.Name)]
public sealed class BookerMailTests(HostFixture host)
{
    private static object Booking(string? contactEmail) => new { attendees = new[] { new { name = "Erika Mustermann" } }, contactEmail };

    private async Task<SentMail> ConfirmationAsync(string email) =>
        (await Eventually.Get<IReadOnlyList<SentMail>>(async () => await host.MailsToAsync(email),
            m => m.Any(x => x.Category == "catalog.booking-confirmed")))!.Single(m => m.Category == "catalog.booking-confirmed");

    [Fact]
    public async Task Given_a_member_leaving_the_address_empty_When_booking_Then_the_confirmation_with_its_calendar_entry_goes_to_the_member()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);
        var member = await host.CreateOrganisationAdminAsync();

        var booking = (await CatalogApi.Created(await CatalogApi.BookAsync(member.Client, session, Booking(null))))
            .GetProperty("bookingId").GetGuid();

        var mail = await ConfirmationAsync(member.Email);
        var attachment = Assert.Single(mail.Attachments);
        Assert.StartsWith("text/calendar", attachment.ContentType, StringComparison.Ordinal);
        var calendar = Calendar.Load(Encoding.UTF8.GetString(attachment.Content))!;
        Assert.Equal($"{booking:D}@kompetenzzentrum", calendar.Events.Single().Uid);
    }

    [Fact]
    public async Task Given_a_member_naming_another_address_When_booking_Then_that_address_gets_the_confirmation_and_the_member_none()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);
        var member = await host.CreateOrganisationAdminAsync();
        var colleague = $"kollegin-{Guid.NewGuid():N}@example.org";

        await CatalogApi.Created(await CatalogApi.BookAsync(member.Client, session, Booking(colleague)));

        Assert.Equal(colleague, (await ConfirmationAsync(colleague)).To);
        Assert.DoesNotContain(await host.MailsToAsync(member.Email), m => m.Category.StartsWith("catalog.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_staff_booking_for_an_organisation_without_an_address_Then_the_staff_account_gets_no_booking_mail()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);
        var staff = await host.CreateUserAsync(role: "center-staff");

        await CatalogApi.Created(await CatalogApi.BookAsync(staff.Client, session,
            new { organisationId = Guid.NewGuid(), attendees = new[] { new { name = "Max Muster" } } }));

        // The mails follow the events in order: once a later booking's mail is out, the first one's would be too.
        var later = $"spaeter-{Guid.NewGuid():N}@example.org";
        await CatalogApi.Created(await CatalogApi.BookAsync(staff.Client, session,
            new { organisationId = Guid.NewGuid(), attendees = new[] { new { name = "Eva Muster" } }, contactEmail = later }));
        await ConfirmationAsync(later);
        Assert.DoesNotContain(await host.MailsToAsync(staff.Email), m => m.Category.StartsWith("catalog.", StringComparison.Ordinal));
    }
}
