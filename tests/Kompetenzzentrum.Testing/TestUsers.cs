using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Host.Mail;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Testing;

/// <summary>A signed-in person of a test: its account, its client with a bearer token, its organisation.</summary>
public sealed record TestUser(Guid AccountId, string Email, HttpClient Client, Guid? OrganisationId);

/// <summary>Creates people through the real API: register, confirm from the outbox, sign in, get roles.</summary>
public static partial class TestUsers
{
    public const string AdminEmail = "admin@kompetenzzentrum.test";
    public const string Password = "Sicher-Genug-2026!";

    public static async Task<HttpClient> AdminAsync(this HostFixture host) => await host.SignInAsync(AdminEmail, Password);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HostFixture, string> AdminTokens = new();

    /// <summary>A client signed in as the platform administrator; the token is fetched once per host.</summary>
    public static HttpClient CreateAdminClient(this HostFixture host)
    {
        var token = AdminTokens.GetValue(host, h =>
        {
            using var admin = h.AdminAsync().GetAwaiter().GetResult();
            return admin.DefaultRequestHeaders.Authorization!.Parameter!;
        });
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HttpClient> SignInAsync(this HostFixture host, string email, string password)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A confirmed, signed-in account, with a platform role if given.</summary>
    public static async Task<TestUser> CreateUserAsync(this HostFixture host, string? role = null, string? partnerCenter = null, string? email = null)
    {
        email ??= $"person-{Guid.NewGuid():N}@example.org";
        using var anonymous = host.CreateClient();
        var registered = await anonymous.PostAsJsonAsync("/api/organisations/accounts",
            new { email, password = Password, displayName = "Test Person", acceptTerms = true, researchConsent = true });
        registered.EnsureSuccessStatusCode();
        var token = await host.LatestCodeAsync(email, "account.confirm-email");
        (await anonymous.PostAsJsonAsync("/api/organisations/accounts/confirm-email", new { email, token })).EnsureSuccessStatusCode();
        // Registration answers alike for new and known addresses, so the id comes from the account itself.
        var client = await host.SignInAsync(email, Password);
        var accountId = (await client.GetFromJsonAsync<JsonElement>("/api/organisations/accounts/me")).GetProperty("id").GetGuid();
        if (role is not null)
        {
            using var admin = await host.AdminAsync();
            (await admin.PostAsJsonAsync($"/api/organisations/accounts/{accountId}/roles", new { role, partnerCenter })).EnsureSuccessStatusCode();
            client.Dispose();
            client = await host.SignInAsync(email, Password); // a role change may end the sessions before it
        }
        return new TestUser(accountId, email, client, null);
    }

    /// <summary>A signed-in administrator of a newly registered SME (in Brandenburg, 14467), with the given address if any.</summary>
    public static async Task<TestUser> CreateOrganisationAdminAsync(this HostFixture host, string? name = null, string? email = null)
    {
        var user = await host.CreateUserAsync(email: email);
        var created = await user.Client.PostAsJsonAsync("/api/organisations",
            new
            {
                name = name ?? "Muster GmbH " + Guid.NewGuid().ToString("N")[..6],
                kind = "sme",
                industry = "C",
                sizeClass = "small",
                federalState = "BB",
                postcode = "14467",
            });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return user with { OrganisationId = id };
    }

    /// <summary>The one-time code of the newest mail of a category to an address, read from the outbox as its recipient would.</summary>
    public static async Task<string> LatestCodeAsync(this HostFixture host, string email, string category)
    {
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var address = email.ToLowerInvariant();
        var mail = await session.Query<OutboxMail>().Where(m => m.To == address && m.Category == category)
            .OrderByDescending(m => m.QueuedAt).FirstAsync();
        // Mails with codes are sealed in the outbox; the host's own seal opens them, as its SMTP delivery does.
        var content = host.Factory.Services.GetRequiredService<OutboxSeal>().Open(mail);
        return CodePattern().Match(content.TextBody).Groups[1].Value;
    }

    [GeneratedRegex(@"Code: ([A-Za-z0-9_\-]+)")]
    private static partial Regex CodePattern();
}
