using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class PackageTests(HostFixture host)
{
    private static object Items(Guid organisationId, bool waitlistFullItems, params Guid[] sessionIds) =>
        new { organisationId, attendees = new[] { new { name = "Erika Mustermann" } }, sessionIds, waitlistFullItems };

    private static async Task<int> SeatsTakenAsync(CatalogApi api, Guid session) =>
        (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32();

    private static IEnumerable<string?> Statuses(JsonElement view) =>
        view.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString());

    [Fact]
    public async Task Given_one_full_session_When_booking_the_package_Then_409_and_no_item_is_booked()
    {
        using var api = new CatalogApi(host);
        var (free, full) = (await api.SessionAsync(capacity: 5), await api.SessionAsync(capacity: 1));
        await CatalogApi.Created(await api.BookAsync(full, Guid.NewGuid()));

        var response = await api.Client.PostAsJsonAsync("/api/catalog/package-bookings", Items(Guid.NewGuid(), false, free, full));

        var problem = await CatalogApi.Problem(response, HttpStatusCode.Conflict);
        // People read the item's title and date; clients get its id and the type of the refusal.
        var title = problem.GetProperty("title").GetString()!;
        Assert.StartsWith("The session “Experience tour” on ", title, StringComparison.Ordinal);
        Assert.DoesNotContain(full.ToString(), title, StringComparison.Ordinal);
        Assert.Equal(full, problem.GetProperty("sessionId").GetGuid());
        Assert.Equal("urn:kompetenzzentrum:package-item-full", problem.GetProperty("type").GetString());
        Assert.Equal(0, await SeatsTakenAsync(api, free));
        Assert.Equal(1, await SeatsTakenAsync(api, full));

        using var german = new HttpRequestMessage(HttpMethod.Post, "/api/catalog/package-bookings")
        {
            Content = JsonContent.Create(Items(Guid.NewGuid(), false, free, full)),
        };
        german.Headers.AcceptLanguage.ParseAdd("de");
        var titleDe = (await CatalogApi.Problem(await api.Client.SendAsync(german), HttpStatusCode.Conflict)).GetProperty("title").GetString()!;
        Assert.StartsWith("Der Termin „Erlebnistour“ am ", titleDe, StringComparison.Ordinal);
        Assert.Contains(" Uhr ist ausgebucht. Es wurde nichts gebucht.", titleDe, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_one_full_session_When_booking_with_waitlistFullItems_Then_the_free_item_is_confirmed_and_the_full_one_waits()
    {
        using var api = new CatalogApi(host);
        var (free, full) = (await api.SessionAsync(capacity: 5), await api.SessionAsync(capacity: 1));
        await CatalogApi.Created(await api.BookAsync(full, Guid.NewGuid()));

        var view = await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/package-bookings",
            Items(Guid.NewGuid(), true, free, full)));

        var items = view.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("sessionId").GetGuid());
        Assert.Equal("confirmed", items[free].GetProperty("status").GetString());
        Assert.Equal("waitlisted", items[full].GetProperty("status").GetString());
        Assert.Equal(1, items[full].GetProperty("waitlistPosition").GetInt32());
        Assert.Equal(1, await SeatsTakenAsync(api, free));
    }

    [Fact]
    public async Task Given_a_curated_package_When_booked_and_then_cancelled_Then_all_items_are_confirmed_and_then_all_cancelled()
    {
        using var api = new CatalogApi(host);
        var (first, second) = (await api.SessionAsync(capacity: 3), await api.SessionAsync(capacity: 3));
        var offerings = new[] { first, second }.Select(s => api.GetAsync($"/api/catalog/sessions/{s}")).ToList();
        var offeringIds = (await Task.WhenAll(offerings)).Select(s => s.GetProperty("offeringId").GetGuid()).ToArray();
        var package = await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/packages",
            new { name = new { de = "Einstieg KI", en = "Getting started with AI" }, offeringIds }));
        var packageId = package.GetProperty("id").GetGuid();
        var organisation = Guid.NewGuid();

        var incomplete = await api.Client.PostAsJsonAsync($"/api/catalog/packages/{packageId}/bookings", Items(organisation, false, first));
        var booked = await CatalogApi.Created(await api.Client.PostAsJsonAsync($"/api/catalog/packages/{packageId}/bookings",
            Items(organisation, false, first, second)));
        var cancel = await api.Client.PostAsync($"/api/catalog/package-bookings/{booked.GetProperty("packageBookingId").GetGuid()}/cancel", null);

        await CatalogApi.Problem(incomplete, HttpStatusCode.BadRequest);
        Assert.Equal(["confirmed", "confirmed"], Statuses(booked));
        Assert.Equal(packageId, booked.GetProperty("packageId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var after = (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("package");
        Assert.Equal(["cancelled", "cancelled"], Statuses(after));
        Assert.Equal(0, await SeatsTakenAsync(api, first) + await SeatsTakenAsync(api, second));
    }

    [Fact]
    public async Task Given_a_package_booking_of_another_organisation_When_a_member_reads_or_cancels_it_Then_404()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);
        var booked = await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/package-bookings",
            Items(Guid.NewGuid(), false, session)));
        var url = $"/api/catalog/package-bookings/{booked.GetProperty("packageBookingId").GetGuid()}";
        var member = await host.CreateOrganisationAdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.PostAsync(url + "/cancel", null)).StatusCode);
        Assert.Equal(1, await SeatsTakenAsync(api, session));
    }
}
