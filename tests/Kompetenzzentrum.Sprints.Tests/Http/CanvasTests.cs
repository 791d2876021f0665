using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Sprints.Tests.Http;

[Collection(SprintHost.Name)]
public sealed class CanvasTests(ClockedHostFixture host)
{
    [Fact]
    public async Task Given_two_editors_When_one_saves_on_a_stale_version_Then_412_and_nothing_is_overwritten()
    {
        using var api = await SprintApi.CreateAsync(host);
        var sme = await host.CreateOrganisationAdminAsync();
        var engagement = await api.EngagementAsync(sme);

        var first = await SprintApi.SaveCanvasAsync(api.Staff, engagement, "as-is", new { channels = new[] { "Katalog" } }, ifMatch: null);
        var etag = SprintApi.ETag(first)!.Tag;
        var bySme = await SprintApi.SaveCanvasAsync(sme.Client, engagement, "as-is", new { channels = new[] { "Katalog", "Messe" } }, etag);
        var staleByStaff = await SprintApi.SaveCanvasAsync(api.Staff, engagement, "as-is", new { channels = new[] { "Außendienst" } }, etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"1\"", etag);
        Assert.Equal(HttpStatusCode.OK, bySme.StatusCode);
        Assert.Equal("\"2\"", SprintApi.ETag(bySme)!.Tag);
        var problem = await HttpAnswers.Problem(staleByStaff, HttpStatusCode.PreconditionFailed);
        Assert.Contains("\"2\"", problem.GetProperty("detail").GetString());
        var current = await api.Staff.GetAsync($"/api/sprints/engagements/{engagement}/canvas/as-is");
        Assert.Equal("\"2\"", SprintApi.ETag(current)!.Tag);
        var blocks = (await api.OkAsync(current)).GetProperty("blocks");
        Assert.Equal(["Katalog", "Messe"], blocks.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Given_an_existing_canvas_When_If_Match_is_missing_or_malformed_Then_428_or_400()
    {
        using var api = await SprintApi.CreateAsync(host);
        var engagement = await api.EngagementAsync(await host.CreateOrganisationAdminAsync());
        await api.OkAsync(await SprintApi.SaveCanvasAsync(api.Staff, engagement, "to-be", new { channels = new[] { "Webshop" } }, null));

        var missing = await SprintApi.SaveCanvasAsync(api.Staff, engagement, "to-be", new { channels = new[] { "Shop" } }, null);
        var malformed = await SprintApi.SaveCanvasAsync(api.Staff, engagement, "to-be", new { channels = new[] { "Shop" } }, "\"eins\"");
        var unknownBlock = await SprintApi.SaveCanvasAsync(api.Staff, engagement, "to-be", new { channels = new[] { "" } }, "\"1\"");

        await HttpAnswers.Problem(missing, (HttpStatusCode)428);
        Assert.True((await HttpAnswers.Problem(malformed, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("If-Match", out _));
        Assert.True((await HttpAnswers.Problem(unknownBlock, HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("blocks.channels", out _));
    }

    [Fact]
    public async Task Every_save_is_a_version_and_the_diff_compares_as_is_with_to_be()
    {
        using var api = await SprintApi.CreateAsync(host);
        var sme = await host.CreateOrganisationAdminAsync();
        var other = await host.CreateOrganisationAdminAsync();
        var engagement = await api.EngagementAsync(sme);
        await api.OkAsync(
            await SprintApi.SaveCanvasAsync(api.Staff, engagement, "as-is",
                new { valuePropositions = new[] { "Ersatzteile" }, channels = new[] { "Katalog" } }, null));
        await api.OkAsync(
            await SprintApi.SaveCanvasAsync(api.Staff, engagement, "as-is",
                new { valuePropositions = new[] { "Ersatzteile in 24 h" }, channels = new[] { "Katalog" } }, "\"1\""));
        await api.OkAsync(
            await SprintApi.SaveCanvasAsync(api.Staff, engagement, "to-be",
                new { valuePropositions = new[] { "Ersatzteile in 24 h" }, channels = new[] { "Webshop" } }, null));

        var versions = await sme.Client.GetFromJsonAsync<JsonElement>($"/api/sprints/engagements/{engagement}/canvas/as-is/versions");
        var firstVersion = await sme.Client.GetFromJsonAsync<JsonElement>($"/api/sprints/engagements/{engagement}/canvas/as-is?version=1");
        var diff = await sme.Client.GetFromJsonAsync<JsonElement>($"/api/sprints/engagements/{engagement}/canvas/diff");

        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("Ersatzteile", firstVersion.GetProperty("blocks").GetProperty("valuePropositions")[0].GetString());
        var channels = diff.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("block").GetString() == "channels");
        Assert.Equal("Webshop", channels.GetProperty("added")[0].GetString());
        Assert.Equal("Katalog", channels.GetProperty("removed")[0].GetString());
        Assert.Equal(9, diff.GetProperty("blocks").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/sprints/engagements/{engagement}/canvas/diff")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await SprintApi.SaveCanvasAsync(other.Client, engagement, "as-is", new { channels = new[] { "x" } }, "\"2\"")).StatusCode);
    }
}
