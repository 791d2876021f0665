using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Organisations.Tests.Accounts;

/// <summary>Platform administrators lock, unlock and resend the confirmation of accounts, grant and revoke roles, list accounts.</summary>
public sealed class AccountAdministrationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Accounts = "/api/organisations/accounts";

    [Fact]
    public async Task A_locked_account_cannot_sign_in_and_its_sessions_end_until_it_is_unlocked_and_both_record_who_did_it()
    {
        var user = await host.CreateUserAsync();
        using var admin = await host.AdminAsync();
        var adminId = await MyIdAsync(admin);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{Accounts}/{user.AccountId}/lock", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync($"{Accounts}/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(user.Email)).StatusCode);
        Assert.True(await RowAsync(admin, user.Email) is var row && row.GetProperty("locked").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{Accounts}/{user.AccountId}/lock", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{Accounts}/{user.AccountId}/unlock", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(user.Email)).StatusCode);
        Assert.Equal([adminId.ToString()], await ByAsync(user.AccountId, "account_locked"));
        Assert.Equal([adminId.ToString()], await ByAsync(user.AccountId, "account_unlocked"));
    }

    [Fact]
    public async Task Unlocking_lifts_a_lockout_after_failed_sign_ins()
    {
        var user = await host.CreateUserAsync();
        using var admin = await host.AdminAsync();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(user.Email, "Falsch-Falsch-1");
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(user.Email)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{Accounts}/{user.AccountId}/unlock", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(user.Email)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_lock_themselves_and_an_unknown_account_is_404_with_nothing_written()
    {
        using var admin = await host.AdminAsync();
        var adminId = await MyIdAsync(admin);

        var self = await admin.PostAsync($"{Accounts}/{adminId}/lock", null);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Equal("organisations.accounts.lock-self", await CodeAsync(self));
        Assert.Empty(await ByAsync(adminId, "account_locked"));
        var unknown = Guid.NewGuid();
        foreach (var action in new[] { "lock", "unlock", "resend-confirmation" })
        {
            var response = await admin.PostAsync($"{Accounts}/{unknown}/{action}", null);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("organisations.accounts.not-found", await CodeAsync(response));
        }
    }

    [Fact]
    public async Task Only_platform_administrators_lock_unlock_and_resend()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var target = await host.CreateUserAsync();

        foreach (var action in new[] { "lock", "unlock", "resend-confirmation" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.PostAsync($"{Accounts}/{target.AccountId}/{action}", null)).StatusCode);
            using var anonymous = host.CreateClient();
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{Accounts}/{target.AccountId}/{action}", null)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await target.Client.GetAsync($"{Accounts}/me")).StatusCode);
        Assert.Empty(await ByAsync(target.AccountId, "account_locked"));
    }

    [Fact]
    public async Task Resending_the_confirmation_mails_a_new_code_that_confirms_and_a_confirmed_account_is_409()
    {
        var email = $"unbestaetigt-{Guid.NewGuid():N}@example.org";
        using var anonymous = host.CreateClient();
        (await anonymous.PostAsJsonAsync(Accounts,
            new { email, password = TestUsers.Password, displayName = "Noch Offen", acceptTerms = true })).EnsureSuccessStatusCode();
        var first = await host.LatestCodeAsync(email, "account.confirm-email");
        using var admin = await host.AdminAsync();
        var id = (await RowAsync(admin, email)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{Accounts}/{id}/resend-confirmation", null)).StatusCode);

        Assert.Equal(2, (await host.MailsToAsync(email)).Count(m => m.Category == "account.confirm-email"));
        var second = await host.LatestCodeAsync(email, "account.confirm-email");
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await anonymous.PostAsJsonAsync($"{Accounts}/confirm-email", new { email, token = first })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await anonymous.PostAsJsonAsync($"{Accounts}/confirm-email", new { email, token = second })).StatusCode);
        var again = await admin.PostAsync($"{Accounts}/{id}/resend-confirmation", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("organisations.accounts.already-confirmed", await CodeAsync(again));
        Assert.Equal(2, (await host.MailsToAsync(email)).Count(m => m.Category == "account.confirm-email"));
    }

    [Fact]
    public async Task Bad_grants_are_400_naming_the_field_and_a_role_not_held_is_404_with_nothing_written()
    {
        var user = await host.CreateUserAsync();
        using var admin = await host.AdminAsync();
        var before = await VersionAsync(user.AccountId);

        var noCenter = await admin.PostAsJsonAsync($"{Accounts}/{user.AccountId}/roles", new { role = Roles.PartnerStaff });
        var unknown = await admin.PostAsJsonAsync($"{Accounts}/{user.AccountId}/roles", new { role = "kaiser" });
        var notHeld = await admin.DeleteAsync($"{Accounts}/{user.AccountId}/roles/{Roles.Analyst}");

        Assert.Equal(HttpStatusCode.BadRequest, noCenter.StatusCode);
        Assert.True((await noCenter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("partnerCenter", out _));
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("role", out _));
        Assert.Equal(HttpStatusCode.NotFound, notHeld.StatusCode);
        Assert.Equal("organisations.accounts.role-not-held", await CodeAsync(notHeld));
        Assert.Equal(before, await VersionAsync(user.AccountId));
    }

    [Fact]
    public async Task The_last_administrator_who_is_not_locked_keeps_the_role_and_nothing_is_written()
    {
        var deputy = await host.CreateUserAsync();
        using var admin = await host.AdminAsync();
        var adminId = await MyIdAsync(admin);
        var granted = await admin.PostAsJsonAsync($"{Accounts}/{deputy.AccountId}/roles", new { role = Roles.PlatformAdmin });
        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{Accounts}/{deputy.AccountId}/lock", null)).StatusCode);
        var before = await VersionAsync(adminId);

        var own = await admin.DeleteAsync($"{Accounts}/{adminId}/roles/{Roles.PlatformAdmin}");
        var lockedDeputy = await admin.DeleteAsync($"{Accounts}/{deputy.AccountId}/roles/{Roles.PlatformAdmin}");

        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Equal("organisations.accounts.last-admin-role", await CodeAsync(own));
        Assert.Equal(before, await VersionAsync(adminId));
        Assert.Equal(HttpStatusCode.NoContent, lockedDeputy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Accounts}/me")).StatusCode);
    }

    [Fact]
    public async Task The_list_finds_by_address_or_name_filters_by_role_and_refuses_an_unknown_role()
    {
        var partner = await host.CreateUserAsync(Roles.PartnerStaff, "Zentrum Süd");
        var other = await host.CreateUserAsync();
        using var admin = await host.AdminAsync();

        var found = await admin.GetFromJsonAsync<JsonElement[]>($"{Accounts}?q={partner.Email[..20].ToUpperInvariant()}");
        var partners = await admin.GetFromJsonAsync<JsonElement[]>($"{Accounts}?role={Roles.PartnerStaff}&take=200");
        var bogus = await admin.GetAsync($"{Accounts}?role=kaiser");

        var row = Assert.Single(found!);
        Assert.Equal("Zentrum Süd", row.GetProperty("partnerCenter").GetString());
        Assert.Contains(partners!, a => a.GetProperty("id").GetGuid() == partner.AccountId);
        Assert.DoesNotContain(partners!, a => a.GetProperty("id").GetGuid() == other.AccountId);
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
        Assert.True((await bogus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("role", out _));
    }

    private async Task<HttpResponseMessage> SignInAsync(string email, string password = TestUsers.Password)
    {
        using var client = host.CreateClient();
        return await client.PostAsJsonAsync($"{Accounts}/sign-in", new { email, password });
    }

    private static async Task<Guid> MyIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Accounts}/me")).GetProperty("id").GetGuid();

    private static async Task<JsonElement> RowAsync(HttpClient admin, string email) =>
        Assert.Single((await admin.GetFromJsonAsync<JsonElement[]>($"{Accounts}?q={Uri.EscapeDataString(email)}"))!);

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    // The test assembly does not load the module's event types (see the project file), so events are read as stored.
    private async Task<IReadOnlyList<string?>> ByAsync(Guid account, string type)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select data->>'by' from kz.mt_events where stream_id = @id and type = @type order by seq_id", connection);
        command.Parameters.AddWithValue("id", account);
        command.Parameters.AddWithValue("type", type);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<string?>();
        while (await reader.ReadAsync())
        {
            found.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        }
        return found;
    }

    private async Task<long> VersionAsync(Guid account)
    {
        await using var session = host.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(account))!.Version;
    }
}
