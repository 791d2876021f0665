using System.Net;
using System.Text.Json;

namespace Kompetenzzentrum.Research.Tests;

public sealed class ODataQueryTests(ResearchFixture fixture) : IClassFixture<ResearchFixture>
{
    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await fixture.Analyst.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Bookings_appear_as_one_fact_per_topic_filtered_ordered_and_counted()
    {
        var page = await GetAsync(
            $"/odata/Interactions?$filter=OfferingId eq {fixture.AutomationOffering}&$orderby=Topic desc,OccurredAt&$count=true"
            + "&$select=Topic,Kind,OfferingType,OrganisationPseudonym");

        Assert.Equal(6, page.GetProperty("@odata.count").GetInt32());
        var rows = page.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(
            ["ki", "ki", "ki", "automatisierung", "automatisierung", "automatisierung"], rows.Select(r => r.GetProperty("Topic").GetString()));
        Assert.All(rows, r => Assert.Equal("booked", r.GetProperty("Kind").GetString()));
        Assert.All(rows, r => Assert.Equal("experience-tour", r.GetProperty("OfferingType").GetString()));
        // One stable pseudonym per organisation.
        Assert.Equal(3, rows.Select(r => r.GetProperty("OrganisationPseudonym").GetString()).Distinct().Count());
        Assert.False(rows[0].TryGetProperty("OccurredAt", out _));
    }

    [Fact]
    public async Task Apply_groups_by_topic_and_month_with_counts()
    {
        var filter = $"OfferingId eq {fixture.AutomationOffering} or OfferingId eq {fixture.DataOffering}";
        var grouped = await GetAsync($"/odata/Interactions?$apply=filter({filter})/groupby((Topic,Month),aggregate($count as N))&$orderby=Topic");

        var counts = grouped.GetProperty("value").EnumerateArray()
            .ToDictionary(r => r.GetProperty("Topic").GetString()!, r => r.GetProperty("N").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["automatisierung"] = 3, ["daten"] = 2, ["ki"] = 3 }, counts);
        var month = DateTimeOffset.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(grouped.GetProperty("value").EnumerateArray(), r => Assert.Equal(month, r.GetProperty("Month").GetString()));
    }

    [Fact]
    public async Task Segments_come_from_the_organisation_profile()
    {
        var page = await GetAsync(
            $"/odata/Interactions?$apply=filter(OfferingId eq {fixture.DataOffering})"
            + "/groupby((Industry,SizeClass,FederalState),aggregate($count as N))");

        var row = Assert.Single(page.GetProperty("value").EnumerateArray());
        Assert.Equal("C", row.GetProperty("Industry").GetString());
        Assert.Equal("small", row.GetProperty("SizeClass").GetString());
        Assert.Equal("BB", row.GetProperty("FederalState").GetString());
        Assert.Equal(2, row.GetProperty("N").GetInt32());
    }

    [Fact]
    public async Task Skip_and_top_page_through_the_results()
    {
        var url = $"/odata/Interactions?$filter=OfferingId eq {fixture.AutomationOffering}&$orderby=Id&$select=Id";
        var all = (await GetAsync(url)).GetProperty("value").EnumerateArray().Select(r => r.GetProperty("Id").GetInt64()).ToList();
        var second = (await GetAsync(url + "&$skip=2&$top=2"))
            .GetProperty("value").EnumerateArray().Select(r => r.GetProperty("Id").GetInt64()).ToList();

        Assert.Equal(all.Skip(2).Take(2), second);
    }

    [Fact]
    public async Task Metadata_describes_the_interactions()
    {
        var response = await fixture.Analyst.GetAsync("/odata/$metadata");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("EntitySet Name=\"Interactions\"", body, StringComparison.Ordinal);
        Assert.Contains("Property Name=\"OrganisationPseudonym\"", body, StringComparison.Ordinal);
    }
}
