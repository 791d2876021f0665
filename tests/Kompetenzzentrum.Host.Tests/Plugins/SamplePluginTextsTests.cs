using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Plugins;

/// <summary>
/// The sample plugin's words come from its own <c>Texts.resx</c>/<c>Texts.en.resx</c>, loaded in its load context like a
/// module's: refusals of its API in the language the client asks for, its page with plural forms in both languages.
/// </summary>
public sealed class SamplePluginTextsTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("de", "1 bis 50 Plätze.", "Ein bekanntes Thema.", "Bitte prüfen Sie die markierten Felder.")]
    [InlineData("en", "Places must be between 1 and 50.", "Topic must be one of the known topic keys.", "Please check the marked fields.")]
    public async Task A_refused_station_names_its_fields_in_the_language_the_client_asked_for(
        string language, string places, string topic, string title)
    {
        using var client = await host.AdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/lernfabrik/stations")
        {
            Content = JsonContent.Create(new { name = "Station", topic = "nope", places = 0 }),
            Headers = { AcceptLanguage = { new(language) } },
        };

        var problem = await HttpAnswers.Problem(await client.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("common.invalid", problem.GetProperty("code").GetString());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(places, problem.GetProperty("errors").GetProperty("places")[0].GetString());
        Assert.Equal(topic, problem.GetProperty("errors").GetProperty("topic")[0].GetString());
    }

    [Theory]
    [InlineData("de", "· 1 Platz</p>", "· 2 Plätze</p>", "Stationen")]
    [InlineData("en", "· 1 place</p>", "· 2 places</p>", "Stations")]
    public async Task The_page_counts_places_in_singular_and_plural(string language, string one, string two, string heading)
    {
        using var admin = await host.AdminAsync();
        foreach (var places in new[] { 1, 2 })
        {
            var created = await admin.PostAsJsonAsync("/api/lernfabrik/stations", new { name = $"Station {places}", topic = "ki", places });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lernfabrik");
        request.Headers.Add("Cookie", $"kz.lang={language}");

        using var anonymous = host.CreateClient();
        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(one, page, StringComparison.Ordinal);
        Assert.Contains(two, page, StringComparison.Ordinal);
        Assert.Contains($"<h2>{heading}</h2>", page, StringComparison.Ordinal);
    }
}
