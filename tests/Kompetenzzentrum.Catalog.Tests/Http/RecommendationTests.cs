using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>The check, its result and history, then the catalog sorted by fit with reasons, over HTTP.</summary>
public sealed class RecommendationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private sealed record Seeded(Guid Data, Guid Cloud, Guid Video, Guid Advanced, Guid Package);

    private async Task<Seeded> SeedAsync(HttpClient staff)
    {
        var seed = new CatalogSeed(staff);
        var program = await seed.ProgramAsync();
        var data = await seed.PublishedAsync(program, "Daten-Workshop", ["daten"], "Entdecker", "Gestalter");
        var cloud = await seed.PublishedAsync(program, "Cloud-Sprechstunde", ["cloud"], "Entdecker", "Entdecker", "online");
        var video = await seed.PublishedAsync(program, "KI-Video", ["ki"], "Einsteiger", "Entdecker", "asynchronous");
        var advanced = await seed.PublishedAsync(program, "KI-Strategie", ["ki", "daten"], "Gestalter", "Vorreiter");
        var package = await seed.PackageAsync("Daten und Cloud", data, cloud);
        return new Seeded(data, cloud, video, advanced, package);
    }

    [Fact]
    public async Task Given_an_Entdecker_with_a_data_gap_When_taking_the_check_and_asking_for_recommendations_Then_ordered_with_reasons_and_packages()
    {
        using var staff = host.CreateAdminClient();
        var offerings = await SeedAsync(staff);
        var member = await host.CreateOrganisationAdminAsync();
        var orgId = member.OrganisationId!.Value;
        var set = await MaturityApi.CurrentSetAsync(member.Client);

        var result = await MaturityApi.TakeAsync(member.Client, orgId, 1, MaturityApi.Answers(set, 1, ("daten", 5, 1), ("cloud", 4, 2)));
        var latest = await member.Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{orgId}/maturity");
        var history = await member.Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{orgId}/maturity/history");
        var recommended = await member.Client.GetFromJsonAsync<JsonElement>("/api/catalog/recommendations?limit=50");

        Assert.Equal(("T0", "Entdecker"), (result.GetProperty("round").GetString(), latest.GetProperty("level").GetString()));
        Assert.Equal(1, history.GetArrayLength());
        var list = recommended.GetProperty("recommendations").EnumerateArray().ToList();
        var ids = list.Select(r => r.GetProperty("offering").GetProperty("id").GetGuid()).ToList();
        // Data 1 + 1.0, Cloud 1 + 0.5, Video 1 + 0 (no ki gap); the strategy (from Gestalter) would over-challenge.
        Assert.Equal(new[] { offerings.Data, offerings.Cloud, offerings.Video },
            ids.Where(new[] { offerings.Data, offerings.Cloud, offerings.Video, offerings.Advanced }.Contains));
        var first = list[ids.IndexOf(offerings.Data)];
        Assert.Equal("Es setzt bei Ihrem Reifegrad Entdecker an und führt bis Gestalter, Daten ist Ihre größte Lücke, und es findet vor Ort "
            + "zu einem festen Termin statt.", first.GetProperty("reason").GetProperty("de").GetString());
        Assert.Equal("It starts at your level, Explorer (Entdecker), and leads up to Shaper, Data is your largest gap, and it takes place on site "
            + "on a fixed date.", first.GetProperty("reason").GetProperty("en").GetString());
        Assert.Equal(2.0, first.GetProperty("score").GetDouble());
        var package = recommended.GetProperty("packages").EnumerateArray().Single(p => p.GetProperty("packageId").GetGuid() == offerings.Package);
        Assert.Contains("Daten und Cloud", package.GetProperty("reason").GetProperty("de").GetString());
        Assert.Equal("daten", recommended.GetProperty("largestGap").GetString());
    }

    [Fact]
    public async Task A_booked_offering_is_left_out_and_the_public_catalog_is_sorted_by_fit_unless_another_order_is_asked_for()
    {
        using var staff = host.CreateAdminClient();
        var offerings = await SeedAsync(staff);
        var member = await host.CreateOrganisationAdminAsync();
        var orgId = member.OrganisationId!.Value;
        var set = await MaturityApi.CurrentSetAsync(member.Client);
        await MaturityApi.TakeAsync(member.Client, orgId, 1, MaturityApi.Answers(set, 1, ("daten", 5, 1), ("cloud", 4, 2)));
        var session = await new CatalogSeed(staff).SessionAsync(offerings.Data);
        var booked = await member.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
            new { organisationId = orgId, attendees = new[] { new { name = "Erika Mustermann" } } });
        await HttpAnswers.Created(booked);

        var recommended = await member.Client.GetFromJsonAsync<JsonElement>("/api/catalog/recommendations?limit=50");
        var byFit = await member.Client.GetFromJsonAsync<JsonElement[]>("/api/catalog/offerings");
        var byType = await member.Client.GetFromJsonAsync<JsonElement[]>("/api/catalog/offerings?sort=type");

        var ids = recommended.GetProperty("recommendations").EnumerateArray()
            .Select(r => r.GetProperty("offering").GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(offerings.Data, ids);
        Assert.Equal(offerings.Cloud, ids.First(new[] { offerings.Cloud, offerings.Video }.Contains));
        Guid[] ours = [offerings.Data, offerings.Cloud, offerings.Video, offerings.Advanced];
        // Browsing keeps booked offerings; suitable ones by fit first, the over-challenging strategy after them.
        Assert.Equal(new[] { offerings.Data, offerings.Cloud, offerings.Video, offerings.Advanced }, Ours(byFit!, ours));
        Assert.Equal(new[] { offerings.Data, offerings.Cloud, offerings.Video, offerings.Advanced }.Order(), Ours(byType!, ours).Order());
        Assert.Equal(HttpStatusCode.BadRequest, (await member.Client.GetAsync("/api/catalog/offerings?sort=price")).StatusCode);
    }

    [Fact]
    public async Task Staff_name_the_organisation_others_get_404_and_an_organisation_without_a_check_is_told_to_take_it()
    {
        using var staff = host.CreateAdminClient();
        var member = await host.CreateOrganisationAdminAsync();
        var stranger = await host.CreateOrganisationAdminAsync();
        var orgId = member.OrganisationId!.Value;
        using var anonymous = host.CreateClient();

        var withoutCheck = await HttpAnswers.Problem(await member.Client.GetAsync("/api/catalog/recommendations"), HttpStatusCode.NotFound);
        Assert.Contains("Digitalisierungs-Check", withoutCheck.GetProperty("title").GetString());
        var set = await MaturityApi.CurrentSetAsync(member.Client);
        await MaturityApi.TakeAsync(member.Client, orgId, 1, MaturityApi.Answers(set, 3));

        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync("/api/catalog/recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/catalog/recommendations?organisationId={orgId}")).StatusCode);
        var unnamed = await HttpAnswers.Problem(await staff.GetAsync("/api/catalog/recommendations"), HttpStatusCode.BadRequest);
        Assert.True(unnamed.GetProperty("errors").TryGetProperty("organisationId", out _));
        var tooMany = await HttpAnswers.Problem(await member.Client.GetAsync("/api/catalog/recommendations?limit=500"), HttpStatusCode.BadRequest);
        Assert.True(tooMany.GetProperty("errors").TryGetProperty("limit", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/catalog/recommendations?organisationId={orgId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/catalog/recommendations")).StatusCode);
        var analyst = await host.CreateUserAsync(Roles.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.Client.GetAsync($"/api/catalog/recommendations?organisationId={orgId}")).StatusCode);
    }

    private static List<Guid> Ours(IEnumerable<JsonElement> listed, Guid[] ours) =>
        listed.Select(o => o.GetProperty("id").GetGuid()).Where(ours.Contains).ToList();
}
