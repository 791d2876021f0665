using System.Net;
using System.Net.Http.Json;

namespace Kompetenzzentrum.Media.Tests.Http;

/// <summary>Episodes and videos carry topics and a maturity range, checked like offerings; the library sorts by fit for an organisation.</summary>
[Collection(MediaHost.Name)]
public sealed class LibraryFitTests(MediaHostFixture host)
{
    [Fact]
    public async Task Given_a_bad_range_or_offering_When_a_video_is_published_Then_400_names_the_field()
    {
        using var api = new MediaApi(host);
        var tour = await MediaFit.OfferingAsync(api.Client, "experience-tour");

        async Task<string[]> ErrorsAsync(params (string, object?)[] audience)
        {
            var response = await api.Client.PostAsJsonAsync("/api/media/videos", await MediaFit.VideoBodyAsync(api, "Falsch", audience));
            var problem = await MediaApi.Problem(response, HttpStatusCode.BadRequest);
            return [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
        }

        Assert.Equal(["suitableTo"], await ErrorsAsync(("suitableFrom", "Gestalter"), ("suitableTo", "Einsteiger")));
        Assert.Equal(["suitableTo"], await ErrorsAsync(("suitableFrom", "Gestalter")));
        Assert.Equal(["suitableFrom"], await ErrorsAsync(("suitableFrom", 9), ("suitableTo", "Vorreiter")));
        Assert.Equal(["topics"], await ErrorsAsync(("topics", new[] { "astrologie" })));
        Assert.Equal(["offeringId"], await ErrorsAsync(("offeringId", Guid.NewGuid())));
        Assert.Equal(["offeringId"], await ErrorsAsync(("offeringId", tour))); // an offering, but not a video
    }

    [Fact]
    public async Task Given_an_episode_When_revised_with_a_range_Then_it_is_kept_and_a_reversed_one_is_refused_naming_the_field()
    {
        using var api = new MediaApi(host);
        var slug = await api.SeriesAsync();
        var episode = (await api.EpisodeAsync(slug, MediaApi.Mp3(300))).GetProperty("id").GetGuid();
        var url = $"/api/media/podcasts/{slug}/episodes/{episode}";
        var audio = await api.UploadAsync(MediaApi.Mp3(300), "audio/mpeg");
        var offering = await MediaFit.OfferingAsync(api.Client, "podcast-episode");

        object Body(string from, string to) => new
        {
            title = "Folge 1",
            description = "Neu.",
            audioFileId = audio,
            durationSeconds = 1800,
            topics = new[] { "ki" },
            suitableFrom = from,
            suitableTo = to,
            offeringId = offering,
        };
        var reversed = await api.SendAsync(HttpMethod.Put, url, await api.ETagAsync(url), Body("Vorreiter", "Entdecker"));
        Assert.True((await MediaApi.Problem(reversed, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("suitableTo", out _));
        var saved = await api.SendAsync(HttpMethod.Put, url, await api.ETagAsync(url), Body("Entdecker", "Gestalter"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var details = (await api.Client.GetFromJsonAsync<System.Text.Json.JsonElement>(url)).GetProperty("details");
        Assert.Equal(("Entdecker", "Gestalter", offering),
            (details.GetProperty("suitableFrom").GetString(), details.GetProperty("suitableTo").GetString(),
                details.GetProperty("offeringId").GetGuid()));
    }

    [Fact]
    public async Task Given_an_organisation_with_gaps_Then_the_library_puts_the_best_fit_first_where_anonymous_visitors_see_the_newest_first()
    {
        using var api = new MediaApi(host);
        // Oldest: made for Entdecker, about the organisation's largest gaps. Then one for everyone, then one for Vorreiter only.
        var fitting = await MediaFit.VideoAsync(api, "KI und Daten für Entdecker",
            ("suitableFrom", "Einsteiger"), ("suitableTo", "Gestalter"), ("topics", new[] { "ki", "daten" }));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var neutral = await MediaFit.VideoAsync(api, "Für alle");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var advanced = await MediaFit.VideoAsync(api, "KI für Vorreiter", ("suitableFrom", "Vorreiter"), ("suitableTo", "Vorreiter"),
            ("topics", new[] { "ki" }));
        var member = await MediaFit.EntdeckerWithGapsAsync(host);
        using var anonymous = host.CreateClient();

        var forAnonymous = await MediaFit.LibraryAsync(anonymous, fitting, neutral, advanced);
        var forMember = await MediaFit.LibraryAsync(member.Client, fitting, neutral, advanced);

        Assert.False(forAnonymous.ByFit);
        Assert.Equal([advanced, neutral, fitting], forAnonymous.Items.Select(i => i.Id));
        Assert.True(forMember.ByFit);
        Assert.Equal([fitting, neutral, advanced], forMember.Items.Select(i => i.Id));
        Assert.Equal(("Einsteiger", "Gestalter"), (forMember.Items[0].SuitableFrom, forMember.Items[0].SuitableTo));
        Assert.Null(forMember.Items[1].SuitableFrom);
    }

    [Fact]
    public async Task Given_an_unknown_kind_or_topic_Then_the_library_answers_400_naming_it()
    {
        using var anonymous = host.CreateClient();

        var problem = await MediaApi.Problem(await anonymous.GetAsync("/api/media/library?kind=buch&topic=astrologie"), HttpStatusCode.BadRequest);

        Assert.Equal(["kind", "topic"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }
}
