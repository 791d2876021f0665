using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests;

public sealed class AccountTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Registration_confirmation_and_sign_in()
    {
        using var client = host.CreateClient();
        var email = $"neu-{Guid.NewGuid():N}@example.org";
        var registered = await client.PostAsJsonAsync("/api/organisations/accounts",
            new { email, password = TestUsers.Password, displayName = "Neue Person", acceptTerms = true, researchConsent = false });
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);

        var early = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email, password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);

        var wrongCode = await client.PostAsJsonAsync("/api/organisations/accounts/confirm-email", new { email, token = "falsch" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        var code = await host.LatestCodeAsync(email, "account.confirm-email");
        var confirmed = await client.PostAsJsonAsync("/api/organisations/accounts/confirm-email", new { email, token = code });
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);

        using var signedIn = await host.SignInAsync(email, TestUsers.Password);
        var me = await signedIn.GetFromJsonAsync<JsonElement>("/api/organisations/accounts/me");
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.False(me.GetProperty("researchConsent").GetBoolean());
        Assert.Equal("2026-01", me.GetProperty("termsVersion").GetString());
    }

    [Theory]
    [InlineData("keine-adresse", "Sicher-Genug-2026!", "email")]
    [InlineData("ok@example.org", "schwach", "password")]
    public async Task Bad_registrations_get_400_naming_the_field(string email, string password, string field)
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/organisations/accounts", new { email, password, displayName = "X", acceptTerms = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_duplicate_email_is_answered_like_a_new_one_and_its_owner_is_mailed()
    {
        var existing = await host.CreateUserAsync();
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/organisations/accounts",
            new { email = existing.Email.ToUpperInvariant(), password = TestUsers.Password, displayName = "Zweite", acceptTerms = true });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mails = await host.MailsToAsync(existing.Email);
        Assert.Single(mails, m => m.Category == "account.registration-attempt");
        Assert.Single(mails, m => m.Category == "account.confirm-email"); // no second account, no second code
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var user = await host.CreateUserAsync();
        using var client = host.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = "Falsch-Falsch-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var fifth = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = "Falsch-Falsch-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, fifth.StatusCode);

        // Locked answers like a wrong password (no account enumeration); the owner learns of the lock by mail.
        var right = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        await Eventually.Get(async () => await host.MailsToAsync(user.Email), mails => mails.Any(m => m.Category == "account.locked"));
    }

    [Fact]
    public async Task Password_reset_with_the_mailed_code()
    {
        var user = await host.CreateUserAsync();
        using var client = host.CreateClient();
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await client.PostAsJsonAsync("/api/organisations/accounts/forgot-password", new { email = user.Email })).StatusCode);
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await client.PostAsJsonAsync("/api/organisations/accounts/forgot-password", new { email = "niemand@example.org" })).StatusCode);
        var code = await host.LatestCodeAsync(user.Email, "account.password-reset");

        var reset = await client.PostAsJsonAsync(
            "/api/organisations/accounts/reset-password", new { email = user.Email, token = code, newPassword = "Ganz-Neu-Und-Lang-7" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        using var again = await host.SignInAsync(user.Email, "Ganz-Neu-Und-Lang-7");
        var old = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        var reused = await client.PostAsJsonAsync(
            "/api/organisations/accounts/reset-password", new { email = user.Email, token = code, newPassword = "Noch-Ein-Neues-8" });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Fact]
    public async Task A_cookie_sign_in_works_for_the_web_ui()
    {
        var user = await host.CreateUserAsync();
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync(
            "/api/organisations/accounts/sign-in", new { email = user.Email, password = TestUsers.Password, useCookie = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            response.Headers.GetValues("Set-Cookie"),
            c => c.StartsWith("kz.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/organisations/accounts/me")).StatusCode);
    }
}
