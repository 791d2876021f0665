using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class AuthorizationTests(HostFixture host)
{
    [Fact]
    public async Task A_member_books_for_its_own_organisation_and_another_organisation_sees_nothing_of_it()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        var member = await host.CreateOrganisationAdminAsync();
        var other = await host.CreateOrganisationAdminAsync();

        var booked = await CatalogApi.BookAsync(member.Client, session, new { attendees = new[] { new { name = "Eva Beispiel" } } });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var location = booked.Headers.Location!.ToString();

        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(location)).StatusCode);
        var cancelByOther = await other.Client.PostAsJsonAsync(location + "/cancel", new { organisationId = member.OrganisationId });
        Assert.Equal(HttpStatusCode.NotFound, cancelByOther.StatusCode);
        var forOther = await CatalogApi.BookAsync(other.Client, session, CatalogApi.Booking(member.OrganisationId!.Value, "Fremd"));
        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);
    }

    [Fact]
    public async Task Only_offering_managers_draft_offerings_and_drafts_are_invisible_to_others()
    {
        using var api = new CatalogApi(host);
        var draft = await api.DraftOfferingAsync();
        var member = await host.CreateOrganisationAdminAsync();
        using var anonymous = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/catalog/offerings/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync($"/api/catalog/offerings/{draft}")).StatusCode);
        var partner = await host.CreateUserAsync(Roles.PartnerStaff, "Partnerzentrum Süd");
        // A center's draft is not a partner's business.
        Assert.Equal(HttpStatusCode.NotFound, (await partner.Client.GetAsync($"/api/catalog/offerings/{draft}")).StatusCode);

        var program = await api.CreateProgramAsync();
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync("/api/catalog/offerings", CatalogApi.Offering(program))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await member.Client.PostAsJsonAsync("/api/catalog/offerings", CatalogApi.Offering(program))).StatusCode);
        var own = await partner.Client.PostAsJsonAsync("/api/catalog/offerings", CatalogApi.Offering(program));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var ownUrl = own.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await partner.Client.GetAsync(ownUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.Client.PostAsync(ownUrl + "/publish", null)).StatusCode);

        var otherPartner = await host.CreateUserAsync(Roles.PartnerStaff, "Partnerzentrum Nord");
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.Client.PostAsync(ownUrl + "/archive", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.Client.PostAsJsonAsync(ownUrl + "/sessions",
            new { startsAt = DateTimeOffset.UtcNow.AddDays(3), endsAt = DateTimeOffset.UtcNow.AddDays(3).AddHours(2), capacity = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.Client.PostAsync($"/api/catalog/offerings/{draft}/publish", null)).StatusCode);
    }
}
