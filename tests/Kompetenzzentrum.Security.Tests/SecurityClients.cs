using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>What a browser holds after signing in: the sign-in cookie (and the antiforgery cookie once a page issued one).</summary>
internal static partial class SecurityClients
{
    public sealed record Me(Guid Id, string Email, IReadOnlyList<string> Roles);

    /// <summary>A client that keeps cookies, signed in with the cookie the web pages use.</summary>
    public static async Task<HttpClient> CookieClientAsync(this HostFixture host, string email, bool followRedirects = true)
    {
        var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        var response = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in",
            new { email, password = TestUsers.Password, useCookie = true });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>The antiforgery token of a page the client opens (every page of a signed-in person has the sign-out form).</summary>
    public static async Task<string> PageTokenAsync(this HttpClient client, string page = "/")
    {
        var html = await client.GetStringAsync(page);
        var token = TokenField().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the page has no antiforgery token");
        return token;
    }

    /// <summary>
    /// For a client that sends its cookies by hand: the antiforgery cookie a page issues (<c>name=value</c>) and the
    /// token of the page's form, which together let a cookie-authenticated API write pass the cross-site guard.
    /// </summary>
    public static async Task<(string Cookie, string Token)> PageTokenAndCookieAsync(this HttpClient client, string page = "/")
    {
        using var response = await client.GetAsync(page);
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kz.af=", StringComparison.Ordinal)).Split(';')[0];
        var token = TokenField().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the page has no antiforgery token");
        return (cookie, token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
