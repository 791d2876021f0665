using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Sprints.Tests.Http;

[Collection(SprintHost.Name)]
public sealed class PrivacyTests(ClockedHostFixture host)
{
    private async Task<List<string>> StoredEventsAsync(Guid streamId)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select data::text from kz.mt_events where stream_id = @id order by version", connection);
        command.Parameters.AddWithValue("id", streamId);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    [Fact]
    public async Task Given_a_sprint_When_the_organisation_is_erased_Then_its_free_text_is_masked_and_the_history_stays()
    {
        using var api = await SprintApi.CreateAsync(host);
        var sme = await host.CreateOrganisationAdminAsync();
        var engagement = await api.EngagementAsync(sme);
        await api.MemberAsync(engagement, "sme", "Sven Geheim", sme.Email);
        await api.PutOkAsync($"/api/sprints/engagements/{engagement}/challenges", new { items = new[] { "Vertrauliche Schieflage" } });
        var export = await sme.Client.GetFromJsonAsync<JsonElement>("/api/organisations/privacy/export");
        Assert.Equal("Unser Großkunde bestellt weniger.", export.GetProperty("sprints")
            .GetProperty("applications")[0].GetProperty("motivation").GetString());
        var before = await StoredEventsAsync(engagement);

        var erased = await api.Staff.DeleteAsync($"/api/organisations/{sme.OrganisationId}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        var after = await StoredEventsAsync(engagement);
        Assert.Equal(before.Count, after.Count);
        Assert.Contains(before, e => e.Contains("Vertrauliche Schieflage", StringComparison.Ordinal));
        Assert.DoesNotContain(after, e => e.Contains("Vertrauliche Schieflage", StringComparison.Ordinal)
            || e.Contains("Sven Geheim", StringComparison.Ordinal)
            || e.Contains(sme.Email, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Staff.GetAsync($"/api/sprints/engagements/{engagement}")).StatusCode);
    }
}
