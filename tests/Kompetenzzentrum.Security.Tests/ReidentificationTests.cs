using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>
/// Five organisations of one segment (industry C, small, Brandenburg) and five each unique in its industry, size and
/// state, among them one in Q, micro, Bremen; all consented to research and booked the same offering. An analyst
/// reads OData with a personal access token.
/// </summary>
public sealed class ReidentificationFixture : HostFixture
{
    public Guid Offering { get; private set; }

    public HttpClient Analyst { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var staff = this.CreateAdminClient();
        Offering = await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "Forschung", ("Fabrikbesuch", "Factory visit"),
            ("Ein Besuch.", "A visit."), ["ki"]);
        var session = (await HttpAnswers.Created(await staff.PostAsJsonAsync($"/api/catalog/offerings/{Offering}/sessions",
            new { startsAt = DateTimeOffset.UtcNow.AddDays(10), endsAt = DateTimeOffset.UtcNow.AddDays(10).AddHours(2), capacity = 20 })))
            .GetProperty("id").GetGuid();
        var organisations = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            organisations.Add((await this.CreateOrganisationAdminAsync()).OrganisationId!.Value);
        }
        foreach (var (industry, size, state) in
            new[] { ("Q", "micro", "HB"), ("F", "medium", "SN"), ("G", "micro", "BY"), ("J", "medium", "HH"), ("M", "micro", "SH") })
        {
            var user = await this.CreateUserAsync();
            organisations.Add((await HttpAnswers.Created(await user.Client.PostAsJsonAsync("/api/organisations",
                new { name = $"Einzig {industry} GmbH", kind = "sme", industry, sizeClass = size, federalState = state, postcode = "28195" })))
                .GetProperty("id").GetGuid());
        }
        foreach (var organisation in organisations)
        {
            var booked = await staff.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
                new { organisationId = organisation, attendees = new[] { new { name = "Erika Muster" } } });
            Assert.True(booked.IsSuccessStatusCode, await booked.Content.ReadAsStringAsync());
        }
        var analyst = await this.CreateUserAsync(Roles.Analyst);
        var token = await analyst.Client.PostAsJsonAsync("/api/organisations/tokens",
            new { name = "Excel", scopes = new[] { "odata:read" }, expiresInDays = 30 });
        var secret = (await HttpAnswers.Created(token)).GetProperty("token").GetString()!;
        Analyst = CreateClient();
        Analyst.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("analyst:" + secret)));
    }

    public override async Task DisposeAsync()
    {
        Analyst.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>Analysts cannot single out an organisation through the quasi-identifiers or the time (issue 25, item 12).</summary>
public sealed class ReidentificationTests(ReidentificationFixture fixture) : IClassFixture<ReidentificationFixture>
{
    private sealed record Page<T>(List<T> Value, [property: JsonPropertyName("@odata.count")] int? Count);

    private sealed record Fact(string OrganisationPseudonym, string? Industry, string? SizeClass, string? FederalState,
        DateTimeOffset OccurredAt, string Month);

    private sealed record Class(string? Industry, string? SizeClass, string? FederalState, int Organisations);

    private sealed record TopicCount(string Topic, int N);

    private async Task<Page<T>> GetAsync<T>(string query)
    {
        using var response = await fixture.Analyst.GetAsync("/odata/Interactions?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<Page<T>>(body, HostFixture.Json)!;
    }

    [Fact]
    public async Task An_organisation_unique_in_industry_size_and_state_cannot_be_singled_out_by_filter_or_apply()
    {
        var byState = await GetAsync<Fact>("$filter=FederalState eq 'HB'&$count=true");
        var byIndustry = await GetAsync<Fact>("$filter=Industry eq 'Q' and SizeClass eq 'micro'&$count=true");
        var applied = await GetAsync<TopicCount>(
            "$apply=filter(Industry eq 'Q' or FederalState eq 'HB' or SizeClass eq 'micro')/groupby((Topic),aggregate($count as N))");
        var all = await GetAsync<Fact>($"$filter=OfferingId eq {fixture.Offering}&$count=true");

        Assert.Equal(0, byState.Count);
        Assert.Equal(0, byIndustry.Count);
        Assert.Empty(applied.Value);
        // Its booking still counts, among five organisations that show no industry, size or state.
        Assert.Equal(10, all.Count);
        var generalised = all.Value.Where(f => f.Industry is null).ToList();
        Assert.Equal(5, generalised.Select(f => f.OrganisationPseudonym).Distinct().Count());
        Assert.All(generalised, f => Assert.Equal((null, null), (f.SizeClass, f.FederalState)));
    }

    [Fact]
    public async Task Every_combination_an_analyst_can_group_by_holds_at_least_five_organisations()
    {
        var classes = await GetAsync<Class>(
            $"$apply=filter(OfferingId eq {fixture.Offering})/groupby((Industry,SizeClass,FederalState),"
            + "aggregate(OrganisationPseudonym with countdistinct as Organisations))");

        Assert.Equal(
            [new Class(null, null, null, 5), new Class("C", "small", "BB", 5)],
            classes.Value.OrderBy(c => c.Industry, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Times_are_cut_to_the_month()
    {
        var facts = await GetAsync<Fact>($"$filter=OfferingId eq {fixture.Offering}");

        Assert.Equal(10, facts.Value.Count);
        Assert.All(facts.Value, f =>
        {
            Assert.Equal(TimeSpan.Zero, f.OccurredAt.Offset);
            Assert.Equal((1, TimeSpan.Zero), (f.OccurredAt.Day, f.OccurredAt.TimeOfDay));
            Assert.Equal(f.Month, f.OccurredAt.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        });
    }
}
