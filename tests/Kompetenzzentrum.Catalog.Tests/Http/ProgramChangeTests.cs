using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>Staff correct a program with the create form's rules, then close it: it takes no new offerings and no more changes.</summary>
[Collection(CatalogHost.Name)]
public sealed class ProgramChangeTests(HostFixture host)
{
    private static object Body(string name, int satisfaction = 80) => new
    {
        name,
        starts = "2026-01-01",
        ends = "2027-12-31",
        responsibleStaff = "Team Transfer",
        targets = new { organisationsReached = 120, participations = 400, satisfaction },
    };

    [Fact]
    public async Task Given_a_program_When_changed_Then_it_reads_back_changed_and_bad_input_names_the_field_and_changes_nothing()
    {
        using var api = new CatalogApi(host);
        var id = await api.CreateProgramAsync();

        var changed = await api.Client.PutAsJsonAsync($"/api/catalog/programs/{id}", Body("Digitalisierung Lausitz 2026/27"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var bad = await api.Client.PutAsJsonAsync($"/api/catalog/programs/{id}", Body("", satisfaction: 101));

        var errors = (await CatalogApi.Problem(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("targets.satisfaction", out _));
        var program = await api.GetAsync($"/api/catalog/programs/{id}");
        Assert.Equal("Digitalisierung Lausitz 2026/27", program.GetProperty("name").GetString());
        Assert.Equal("2027-12-31", program.GetProperty("ends").GetString());
        Assert.Equal(400, program.GetProperty("targets").GetProperty("participations").GetInt32());
        Assert.False(program.GetProperty("closed").GetBoolean());
        var unknown = await api.Client.PutAsJsonAsync($"/api/catalog/programs/{Guid.NewGuid()}", Body("Niemand"));
        Assert.Equal("catalog.program-not-found", (await CatalogApi.Problem(unknown, HttpStatusCode.NotFound)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Given_a_closed_program_When_changed_closed_again_or_given_an_offering_Then_refused_and_it_stays_as_it_was()
    {
        using var api = new CatalogApi(host);
        var id = await api.CreateProgramAsync();
        var before = await api.GetAsync($"/api/catalog/programs/{id}");

        var closed = await api.Client.PostAsync($"/api/catalog/programs/{id}/close", null);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var again = await CatalogApi.Problem(await api.Client.PostAsync($"/api/catalog/programs/{id}/close", null), HttpStatusCode.Conflict);
        Assert.Equal("catalog.program-closed", again.GetProperty("code").GetString());
        var change = await api.Client.PutAsJsonAsync($"/api/catalog/programs/{id}", Body("Zu spät"));
        Assert.Equal("catalog.program-closed", (await CatalogApi.Problem(change, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        var offering = await api.Client.PostAsJsonAsync("/api/catalog/offerings", CatalogApi.Offering(id));
        Assert.True((await CatalogApi.Problem(offering, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("programId", out _));
        var after = await api.GetAsync($"/api/catalog/programs/{id}");
        Assert.Equal(before.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.True(after.GetProperty("closed").GetBoolean());
        Assert.Equal(JsonValueKind.String, after.GetProperty("closedAt").ValueKind);
    }
}
