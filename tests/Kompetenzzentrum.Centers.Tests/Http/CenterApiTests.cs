using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Centers.Tests.Http;

[Collection(CentersHost.Name)]
public sealed class CenterApiTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_new_center_Then_it_is_listed_readable_with_its_ETag_and_its_details_are_normalised()
    {
        using var api = new CentersApi(host);
        var shortName = CentersApi.Unique("lausitz");
        var (id, etag) = await api.CreateAsync(CentersApi.Body(shortName.ToUpperInvariant(), primaryColor: "#00AA00"));

        Assert.Equal("\"1\"", etag);
        var read = await api.Client.GetAsync($"/api/centers/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(etag, read.Headers.ETag!.Tag);
        var center = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(shortName, center.GetProperty("details").GetProperty("shortName").GetString());
        Assert.Equal("#00aa00", center.GetProperty("details").GetProperty("primaryColor").GetString());
        Assert.False(center.GetProperty("isDefault").GetBoolean());
        Assert.Contains(await api.ListAsync(), c => c.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_each_wrong_field()
    {
        using var api = new CentersApi(host);
        var body = new
        {
            name = "",
            shortName = "Kein Slug",
            primaryColor = "blau",
            secondaryColor = "#f39200",
            hostName = "x.example.org",
            pathPrefix = "xy",
        };

        var problem = await HttpAnswers.Problem(await api.Client.PostAsJsonAsync("/api/centers", body), HttpStatusCode.BadRequest);

        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(["name", "pathPrefix", "primaryColor", "shortName"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_short_name_host_name_or_path_prefix_that_another_center_has_is_a_409()
    {
        using var api = new CentersApi(host);
        var first = CentersApi.Unique("jena");
        var hostName = first + ".example.org";
        await api.CreateAsync(CentersApi.Body(first, hostName: hostName));
        var second = CentersApi.Unique("erfurt");
        await api.CreateAsync(CentersApi.Body(second));

        async Task<JsonElement> ConflictAsync(object body) =>
            await HttpAnswers.Problem(await api.Client.PostAsJsonAsync("/api/centers", body), HttpStatusCode.Conflict);

        var sameShortName = await ConflictAsync(CentersApi.Body(first, pathPrefix: CentersApi.Unique("p")));
        var sameHost = await ConflictAsync(CentersApi.Body(CentersApi.Unique("gera"), hostName: hostName));
        var samePrefix = await ConflictAsync(CentersApi.Body(CentersApi.Unique("suhl"), pathPrefix: second));

        Assert.Equal("centers.short-name-taken", sameShortName.GetProperty("code").GetString());
        Assert.Equal("centers.host-taken", sameHost.GetProperty("code").GetString());
        Assert.Equal("centers.prefix-taken", samePrefix.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Two_administrators_creating_the_same_short_name_at_once_give_one_center_and_409s_never_a_500()
    {
        using var api = new CentersApi(host);
        var shortName = CentersApi.Unique("race");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            api.Client.PostAsJsonAsync("/api/centers", CentersApi.Body(shortName, pathPrefix: CentersApi.Unique("r" + i)))));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Single(await api.ListAsync(), c => c.GetProperty("details").GetProperty("shortName").GetString() == shortName);
    }

    [Fact]
    public async Task A_change_needs_If_Match_a_stale_one_is_412_and_a_current_one_saves_with_the_next_ETag()
    {
        using var api = new CentersApi(host);
        var shortName = CentersApi.Unique("cottbus");
        var (id, etag) = await api.CreateAsync(CentersApi.Body(shortName));
        var renamed = CentersApi.Body(shortName, hostName: shortName + ".example.org");

        await HttpAnswers.Problem(await api.PutAsync(id, null, renamed), HttpStatusCode.PreconditionRequired);
        var saved = await api.PutAsync(id, etag, renamed);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("\"2\"", saved.Headers.ETag!.Tag);
        await HttpAnswers.Problem(await api.PutAsync(id, etag, CentersApi.Body(shortName)), HttpStatusCode.PreconditionFailed);
        await HttpAnswers.Problem(await api.PutAsync(id, "\"2\"", CentersApi.Body(shortName, primaryColor: "#12345")), HttpStatusCode.BadRequest);
        await HttpAnswers.Problem(await api.PutAsync(Guid.NewGuid(), "\"1\"", renamed), HttpStatusCode.NotFound);
        await HttpAnswers.Problem(await api.Client.GetAsync($"/api/centers/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        var center = (await api.Client.GetFromJsonAsync<JsonElement>($"/api/centers/{id}")).GetProperty("details");
        Assert.Equal(shortName + ".example.org", center.GetProperty("hostName").GetString());
        Assert.Equal(JsonValueKind.Null, center.GetProperty("pathPrefix").ValueKind);
    }

    [Fact]
    public async Task Only_platform_administrators_manage_centers()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        using var anonymous = host.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.GetAsync("/api/centers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await staff.Client.PostAsJsonAsync("/api/centers", CentersApi.Body(CentersApi.Unique("nein")))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/centers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/centers/current")).StatusCode);
        staff.Client.Dispose();
    }
}
