using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>Another site makes the signed-in browser send a write: it has the cookie but not the page's antiforgery token.</summary>
public sealed partial class CrossSiteRequestTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_cross_site_API_write_with_the_sign_in_cookie_and_no_antiforgery_token_is_refused()
    {
        var user = await host.CreateUserAsync();
        using var browser = await host.CookieClientAsync(user.Email);

        // What a form or fetch on another site sends: the browser adds the cookie, the site cannot add the token.
        using var forged = new HttpRequestMessage(HttpMethod.Put, "/api/organisations/accounts/me/research-consent")
        {
            Content = JsonContent.Create(new { consent = false }),
        };
        forged.Headers.Add("Origin", "https://evil.example");
        var refused = await HttpAnswers.Problem(await browser.SendAsync(forged), HttpStatusCode.BadRequest);

        Assert.True(refused.GetProperty("errors").TryGetProperty("RequestVerificationToken", out _));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/organisations/accounts/me")).StatusCode);
    }

    [Fact]
    public async Task The_site_own_script_with_the_page_token_may_write_and_token_clients_need_none()
    {
        var user = await host.CreateUserAsync();
        using var browser = await host.CookieClientAsync(user.Email);
        var token = await browser.PageTokenAsync();

        using var own = new HttpRequestMessage(HttpMethod.Put, "/api/organisations/accounts/me/research-consent")
        {
            Content = JsonContent.Create(new { consent = false }),
        };
        own.Headers.Add("RequestVerificationToken", token);
        var ownAnswer = await browser.SendAsync(own);
        Assert.True(ownAnswer.IsSuccessStatusCode, $"{(int)ownAnswer.StatusCode}: {await ownAnswer.Content.ReadAsStringAsync()}");

        // A bearer token is never sent by a browser on its own: no antiforgery token is needed.
        var bearer = await user.Client.PutAsJsonAsync("/api/organisations/accounts/me/research-consent", new { consent = true });
        Assert.True(bearer.IsSuccessStatusCode, $"{(int)bearer.StatusCode}: {await bearer.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Every_page_post_without_an_antiforgery_token_is_refused()
    {
        // Someone who passes every page's policy, so that the request reaches the check and not a 401/403.
        var member = await host.CreateOrganisationAdminAsync();
        using (var admin = await host.AdminAsync())
        {
            (await admin.PostAsJsonAsync($"/api/organisations/accounts/{member.AccountId}/roles",
                new { role = "platform-admin" })).EnsureSuccessStatusCode();
        }
        var answers = new List<string>();
        foreach (var route in PagePostRoutes())
        {
            // Signed in afresh each time: a post that got through may have signed the browser out.
            using var browser = await host.CookieClientAsync(member.Email, followRedirects: false);
            _ = await browser.PageTokenAsync(); // the antiforgery cookie exists; only the form field is missing
            var response = await browser.PostAsync(Fill(route), new FormUrlEncodedContent([new("name", "x")]));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                answers.Add($"{route} answered {(int)response.StatusCode}");
            }
        }

        Assert.True(answers.Count == 0, string.Join("\n", answers));
    }

    private List<string> PagePostRoutes()
    {
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = endpoints
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !r.StartsWith("/api/", StringComparison.Ordinal) && !r.StartsWith("/odata", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.True(routes.Count > 20, $"only {routes.Count} page posts found");
        return routes;
    }

    private static string Fill(string route) => Parameter().Replace(route, m =>
        m.Groups[2].Value.Contains("guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString()
        : m.Groups[2].Value.Contains("int", StringComparison.Ordinal) || m.Groups[2].Value.Contains("long", StringComparison.Ordinal) ? "1"
        : "x");

    [GeneratedRegex(@"\{\**([^}:=?]+)((?::[^}]*)?)\??\}")]
    private static partial Regex Parameter();
}
