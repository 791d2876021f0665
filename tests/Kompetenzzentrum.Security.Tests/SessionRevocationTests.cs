using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>
/// A stolen cookie or bearer token ends with the session it belongs to: sign-out (this device or everywhere), a
/// password change or reset, a lockout, erasure and role changes refuse it at the very next request, on every host.
/// </summary>
public sealed class SessionRevocationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Me = "/api/organisations/accounts/me";

    private sealed record SignInAnswer(string AccessToken);

    private sealed record SessionView(Guid Id, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, string Device, bool Current);

    [Fact]
    public async Task Signing_out_ends_this_devices_token_and_keeps_the_others()
    {
        var user = await host.CreateUserAsync();
        using var laptop = await BearerAsync(host.Factory, user.Email);
        using var phone = await BearerAsync(host.Factory, user.Email);

        Assert.Equal(HttpStatusCode.OK, (await laptop.PostAsync("/api/organisations/accounts/sign-out", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task A_copied_cookie_is_refused_after_its_owner_signed_out()
    {
        var user = await host.CreateUserAsync();
        var cookie = await CookieAsync(host.Factory, user.Email);
        using var owner = WithCookie(host.Factory, cookie);
        using var thief = WithCookie(host.Factory, cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync(Me)).StatusCode);

        // The owner signs out as the site's own script does: with the page's antiforgery token and its cookie.
        var (antiforgeryCookie, token) = await owner.PageTokenAndCookieAsync();
        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/api/organisations/accounts/sign-out");
        signOut.Headers.Add("RequestVerificationToken", token);
        using var ownerWithToken = WithCookie(host.Factory, $"{cookie}; {antiforgeryCookie}");
        Assert.Equal(HttpStatusCode.OK, (await ownerWithToken.SendAsync(signOut)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_token_and_cookie()
    {
        var user = await host.CreateUserAsync();
        using var laptop = await BearerAsync(host.Factory, user.Email);
        using var browser = WithCookie(host.Factory, await CookieAsync(host.Factory, user.Email));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Me)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await user.Client.PostAsync("/api/organisations/accounts/sign-out-everywhere", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(Me)).StatusCode);
        using var again = await BearerAsync(host.Factory, user.Email);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_session()
    {
        var user = await host.CreateUserAsync();
        using var stolen = await BearerAsync(host.Factory, user.Email);

        var changed = await user.Client.PostAsJsonAsync("/api/organisations/accounts/me/password",
            new { currentPassword = TestUsers.Password, newPassword = "Ganz-Neu-Und-Lang-7" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await stolen.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync(Me)).StatusCode);
        using var again = await BearerAsync(host.Factory, user.Email, "Ganz-Neu-Und-Lang-7");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_counts_as_a_failed_sign_in()
    {
        var user = await host.CreateUserAsync();
        for (var i = 0; i < 5; i++)
        {
            var refused = await user.Client.PostAsJsonAsync("/api/organisations/accounts/me/password",
                new { currentPassword = "Falsch-Falsch-1", newPassword = "Ganz-Neu-Und-Lang-7" });
            if (i < 4)
            {
                var problem = await HttpAnswers.Problem(refused, HttpStatusCode.BadRequest);
                Assert.True(problem.GetProperty("errors").TryGetProperty("currentPassword", out _));
            }
        }

        // The fifth failure locked the account, which ended the session that tried.
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync(Me)).StatusCode);
        using var anonymous = host.CreateClient();
        var right = await anonymous.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = TestUsers.Password });
        Assert.False(right.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Resetting_the_password_ends_every_session()
    {
        var user = await host.CreateUserAsync();
        using var anonymous = host.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/organisations/accounts/forgot-password", new { email = user.Email })).EnsureSuccessStatusCode();
        var code = await host.LatestCodeAsync(user.Email, "account.password-reset");

        var reset = await anonymous.PostAsJsonAsync("/api/organisations/accounts/reset-password",
            new { email = user.Email, token = code, newPassword = "Ganz-Neu-Und-Lang-7" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task A_lockout_ends_every_session()
    {
        var user = await host.CreateUserAsync();
        using var anonymous = host.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await anonymous.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = "Falsch-Falsch-1" });
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Erasing_the_account_ends_every_session()
    {
        var user = await host.CreateUserAsync();
        using var other = await BearerAsync(host.Factory, user.Email);

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync(Me)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Granting_a_role_ends_the_sessions_signed_in_before()
    {
        var user = await host.CreateUserAsync();
        using var admin = host.CreateAdminClient();

        (await admin.PostAsJsonAsync($"/api/organisations/accounts/{user.AccountId}/roles", new { role = Roles.Analyst })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync(Me)).StatusCode);
        using var again = await BearerAsync(host.Factory, user.Email);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/organisations/tokens")).StatusCode);
    }

    [Fact]
    public async Task Revoking_a_role_ends_the_sessions_that_had_it()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.GetAsync("/api/organisations")).StatusCode);
        using var admin = host.CreateAdminClient();

        (await admin.DeleteAsync($"/api/organisations/accounts/{staff.AccountId}/roles/{Roles.CenterStaff}")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.Client.GetAsync("/api/organisations")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_on_one_host_refuses_the_token_on_another_host_at_once()
    {
        var user = await host.CreateUserAsync();
        await using var second = new KompetenzzentrumFactory(host.ConnectionString, new Dictionary<string, string?>());
        using var elsewhere = await BearerAsync(host.Factory, user.Email);
        var token = elsewhere.DefaultRequestHeaders.Authorization!;
        using var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = token;
        // Twice, so the second host holds the account in its cache.
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync(Me)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await user.Client.PostAsync("/api/organisations/accounts/sign-out-everywhere", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await onSecond.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Revoking_a_role_on_one_host_refuses_the_token_on_another_host_at_once()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        await using var second = new KompetenzzentrumFactory(host.ConnectionString, new Dictionary<string, string?>());
        using var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = staff.Client.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/organisations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/organisations")).StatusCode);
        using var admin = host.CreateAdminClient();

        (await admin.DeleteAsync($"/api/organisations/accounts/{staff.AccountId}/roles/{Roles.CenterStaff}")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await onSecond.GetAsync("/api/organisations")).StatusCode);
    }

    [Fact]
    public async Task The_own_sessions_are_listed_with_the_current_one_marked_and_an_ended_one_gone()
    {
        var user = await host.CreateUserAsync();
        using var firefox = await BearerAsync(host.Factory, user.Email,
            userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0");

        var sessions = await firefox.GetFromJsonAsync<List<SessionView>>(Me + "/sessions");
        Assert.Equal(2, sessions!.Count);
        var current = Assert.Single(sessions, s => s.Current);
        Assert.Equal("Firefox, Windows", current.Device);
        Assert.True(current.ExpiresAt > current.StartedAt);

        (await firefox.PostAsync("/api/organisations/accounts/sign-out", null)).EnsureSuccessStatusCode();
        var left = await user.Client.GetFromJsonAsync<List<SessionView>>(Me + "/sessions");
        Assert.DoesNotContain(left!, s => s.Id == current.Id);
        Assert.True(Assert.Single(left!).Current);
    }

    private static async Task<HttpClient> BearerAsync(KompetenzzentrumFactory factory, string email, string password = TestUsers.Password,
        string? userAgent = null)
    {
        var client = factory.CreateClient();
        if (userAgent is not null)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }
        var response = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email, password });
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<SignInAnswer>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer!.AccessToken);
        return client;
    }

    /// <summary>The sign-in cookie as a browser would keep it (<c>kz.auth=…</c>).</summary>
    private static async Task<string> CookieAsync(KompetenzzentrumFactory factory, string email)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in",
            new { email, password = TestUsers.Password, useCookie = true });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kz.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static HttpClient WithCookie(KompetenzzentrumFactory factory, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
