using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Organisations.Tests;

public sealed class AccessTokenTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_token_is_shown_once_stored_hashed_usable_as_basic_password_and_dies_when_revoked()
    {
        var analyst = await host.CreateUserAsync(Roles.Analyst);
        var created = await analyst.Client.PostAsJsonAsync(
            "/api/organisations/tokens", new { name = "Power BI", scopes = new[] { "odata:read" }, expiresInDays = 30 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("token").GetString()!;
        var id = body.GetProperty("id").GetGuid();

        var listed = await analyst.Client.GetStringAsync("/api/organisations/tokens");
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.Equal(0L, await CountRowsContainingAsync(secret));

        using var excel = host.CreateClient();
        excel.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("analyst:" + secret)));
        var current = await excel.GetFromJsonAsync<JsonElement>("/api/organisations/tokens/current");
        Assert.Equal("odata:read", current.GetProperty("scopes")[0].GetString());
        // The token reaches what its scope names, nothing else.
        Assert.Equal(HttpStatusCode.Forbidden, (await excel.GetAsync("/api/organisations/accounts/me")).StatusCode);

        using var bearer = host.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/organisations/tokens/current")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await analyst.Client.DeleteAsync($"/api/organisations/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await excel.GetAsync("/api/organisations/tokens/current")).StatusCode);
    }

    [Fact]
    public async Task Only_analysts_create_tokens_and_bad_requests_name_the_field()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var refused = await member.Client.PostAsJsonAsync(
            "/api/organisations/tokens", new { name = "x", scopes = new[] { "odata:read" }, expiresInDays = 5 });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var analyst = await host.CreateUserAsync(Roles.Analyst);
        var bad = await analyst.Client.PostAsJsonAsync(
            "/api/organisations/tokens", new { name = "x", scopes = new[] { "admin:all" }, expiresInDays = 900 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("scopes", out _));
        Assert.True(errors.TryGetProperty("expiresInDays", out _));
    }

    [Fact]
    public async Task A_wrong_token_gets_401()
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("a:kzpat_falsch")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/organisations/tokens/current")).StatusCode);
    }

    private async Task<long> CountRowsContainingAsync(string text)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select (select count(*) from kz.mt_events where data::text like @t) "
            + "+ (select count(*) from kz.mt_doc_accesstoken where data::text like @t)",
            connection);
        command.Parameters.AddWithValue("t", "%" + text + "%");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

public sealed class AccessTokenExpiryTests(ClockedHostFixture host) : IClassFixture<ClockedHostFixture>
{
    [Fact]
    public async Task A_token_stops_working_when_it_expires()
    {
        var analyst = await host.CreateUserAsync(Roles.Analyst);
        var created = await analyst.Client.PostAsJsonAsync(
            "/api/organisations/tokens", new { name = "Kurzlebig", scopes = new[] { "odata:read" }, expiresInDays = 1 });
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var tool = host.CreateClient();
        tool.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("x:" + secret)));
        Assert.Equal(HttpStatusCode.OK, (await tool.GetAsync("/api/organisations/tokens/current")).StatusCode);

        host.Clock.Advance(TimeSpan.FromHours(25));

        Assert.Equal(HttpStatusCode.Unauthorized, (await tool.GetAsync("/api/organisations/tokens/current")).StatusCode);
    }
}
