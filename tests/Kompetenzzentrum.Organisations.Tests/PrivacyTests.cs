using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Organisations.Tests;

public sealed class PrivacyTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Erasing_a_member_leaves_no_trace_of_the_address_in_any_table_but_keeps_the_history()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await host.CreateUserAsync();
        await admin.Client.PostAsJsonAsync($"/api/organisations/{admin.OrganisationId}/invitations", new { email = colleague.Email });
        var code = await host.LatestCodeAsync(colleague.Email, "organisation.invitation");
        (await colleague.Client.PostAsJsonAsync("/api/organisations/invitations/accept", new { organisationId = admin.OrganisationId, token = code }))
            .EnsureSuccessStatusCode();
        var eventsBefore = await ScalarAsync("select count(*) from kz.mt_events");
        Assert.True(await RowsContainingAsync(colleague.Email) > 0);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.Client.DeleteAsync($"/api/organisations/accounts/{colleague.AccountId}")).StatusCode);

        Assert.Equal(0L, await RowsContainingAsync(colleague.Email));
        Assert.True(await ScalarAsync("select count(*) from kz.mt_events") > eventsBefore);
        Assert.Equal(
            1L, await ScalarAsync("select count(*) from kz.mt_events where stream_id = $1 and type = 'account_erased'", colleague.AccountId));
        var members = await admin.Client.GetFromJsonAsync<JsonElement[]>($"/api/organisations/{admin.OrganisationId}/members");
        Assert.Single(members!);
        using var anonymous = host.CreateClient();
        var signIn = await anonymous.PostAsJsonAsync(
            "/api/organisations/accounts/sign-in", new { email = colleague.Email, password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        // The erased person's old token stops working at once.
        var stale = (await colleague.Client.GetAsync("/api/organisations/accounts/me")).StatusCode;
        Assert.True(stale is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, stale.ToString());
    }

    [Fact]
    public async Task Erasing_an_organisation_removes_its_name_and_all_member_addresses()
    {
        var name = "Geheim Manufaktur " + Guid.NewGuid().ToString("N")[..8];
        var admin = await host.CreateOrganisationAdminAsync(name);
        Assert.True(await RowsContainingAsync(name) > 0);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.Client.DeleteAsync($"/api/organisations/{admin.OrganisationId}")).StatusCode);

        Assert.Equal(0L, await RowsContainingAsync(name));
        Assert.Equal(0L, await RowsContainingAsync(admin.Email));
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Client.GetAsync($"/api/organisations/{admin.OrganisationId}")).StatusCode);
        // Coarse attributes stay for research.
        Assert.Equal(1L, await ScalarAsync(
            "select count(*) from kz.mt_events where stream_id = $1 and data->>'federalState' = 'BB' and data->>'postcode' = '14xxx'",
            admin.OrganisationId!.Value));
    }

    [Fact]
    public async Task Nobody_else_may_erase_a_member_and_the_attempt_answers_404()
    {
        var target = await host.CreateOrganisationAdminAsync();
        var other = await host.CreateOrganisationAdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.DeleteAsync($"/api/organisations/accounts/{target.AccountId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.DeleteAsync($"/api/organisations/{target.OrganisationId}")).StatusCode);
        Assert.True(await RowsContainingAsync(target.Email) > 0);
    }

    [Fact]
    public async Task A_member_exports_everything_stored_about_them()
    {
        var admin = await host.CreateOrganisationAdminAsync("Export Werk GmbH");
        var response = await admin.Client.GetAsync("/api/organisations/privacy/export");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(admin.Email, export.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("Export Werk GmbH", export.GetProperty("organisation").GetProperty("name").GetString());
        Assert.Contains(export.GetProperty("mails").EnumerateArray(), m => m.GetProperty("category").GetString() == "account.confirm-email");
        Assert.Equal(1, export.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task Research_consent_can_be_withdrawn_and_is_recorded_as_events()
    {
        var user = await host.CreateUserAsync();
        var withdrawn = await user.Client.PutAsJsonAsync("/api/organisations/accounts/me/research-consent", new { consent = false });
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        var me = await user.Client.GetFromJsonAsync<JsonElement>("/api/organisations/accounts/me");
        Assert.False(me.GetProperty("researchConsent").GetBoolean());
        Assert.Equal(
            1L, await ScalarAsync("select count(*) from kz.mt_events where stream_id = $1 and type = 'research_consent_withdrawn'", user.AccountId));
    }

    /// <summary>Searches every text-like column of every table in the database (see <see cref="DatabaseSearch"/>).</summary>
    private Task<long> RowsContainingAsync(string text) => host.RowsContainingAsync(text);

    // The values fill $1, $2 … in order.
    private async Task<long> ScalarAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
