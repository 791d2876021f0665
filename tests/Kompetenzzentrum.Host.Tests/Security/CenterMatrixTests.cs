using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Host.Tests.Web.Sweep;
using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Security;

/// <summary>
/// The role × center matrix (issue 32): a second center reached by its path prefix; staff and analysts of the default center are
/// refused there (403, code <c>host.center.other-center</c>) at every endpoint of a staff, analyst or reporting policy, found from
/// the host's endpoints, and at every page of the staff menu, and get their usual answer at their own center's address.
/// </summary>
public sealed class CenterMatrixTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string OtherCenter = "host.center.other-center";

    private static readonly string[] CenterBound =
        [Policies.Staff, Policies.OfferingManager, Policies.Analyst, Policies.Reporting, Policies.ParticipantOrStaff, Policies.ODataRead];

    private static readonly string[] AnalystPolicies = [Policies.Analyst, Policies.ODataRead];

    [Fact]
    public async Task Staff_of_one_center_are_refused_at_every_staff_endpoint_of_another_and_served_at_their_own()
    {
        var prefix = await host.CreateCenterWithPrefixAsync();
        var staff = (await host.CreateUserAsync(Roles.CenterStaff)).Client;
        var analyst = (await host.CreateUserAsync(Roles.Analyst)).Client;
        var staffThere = await StaffOfAsync(prefix, Roles.CenterStaff);
        var endpoints = CenterBoundEndpoints();
        Assert.True(endpoints.Count > 50, $"only {endpoints.Count} endpoints of staff policies found");

        var mismatches = new List<string>();
        foreach (var (method, url, policies) in endpoints)
        {
            var client = policies.Any(AnalystPolicies.Contains) ? analyst : staff;
            var refused = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/{prefix}{url}"));
            if ((int)refused.StatusCode != 403 || !(await refused.Content.ReadAsStringAsync()).Contains(OtherCenter, StringComparison.Ordinal))
            {
                mismatches.Add($"{method} /{prefix}{url}: {(int)refused.StatusCode}, expected 403 {OtherCenter}");
            }
            if (method == "GET" && !policies.Any(AnalystPolicies.Contains))
            {
                await ExpectServedAsync(staff, url, "own (default) center", mismatches);
                await ExpectServedAsync(staffThere, $"/{prefix}{url}", "own (second) center", mismatches);
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task Staff_menu_pages_refuse_staff_of_another_center_and_open_for_their_own_and_for_administrators()
    {
        var prefix = await host.CreateCenterWithPrefixAsync();
        var staff = (await host.CreateUserAsync(Roles.CenterStaff)).Client;
        var staffThere = await StaffOfAsync(prefix, Roles.CenterStaff);
        var admin = host.CreateAdminClient();
        var menu = host.Factory.Services.GetRequiredService<INavigationMenu>();
        var centerStaff = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.CenterStaff)], "test"));
        // The staff menu's pages whose own policy binds to a center (the calendar subscriptions there are any signed-in person's).
        var bound = CenterBoundEndpoints().Where(e => e.Method == "GET").Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
        var pages = (await menu.VisibleToAsync(centerStaff))
            .Where(p => p.Area == NavigationArea.Staff && bound.Contains(p.Path)).Select(p => p.Path).ToList();
        Assert.True(pages.Count > 5, $"only {pages.Count} staff menu pages");

        var mismatches = new List<string>();
        foreach (var page in pages)
        {
            await ExpectAsync(staff, $"/{prefix}{page}", 403, mismatches);
            await ExpectAsync(staff, page, 200, mismatches);
            await ExpectAsync(staffThere, $"/{prefix}{page}", 200, mismatches);
            await ExpectAsync(staffThere, page, 403, mismatches);
            await ExpectAsync(admin, $"/{prefix}{page}", 200, mismatches);
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task The_catalog_under_a_centers_prefix_renders_its_frame_with_links_inside_the_center()
    {
        var prefix = await host.CreateCenterWithPrefixAsync();
        using var anonymous = host.CreateClient();

        var page = await anonymous.GetAsync($"/{prefix}/katalog");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)page.StatusCode);
        Assert.Contains($"href=\"/{prefix}/ui/site.css\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{prefix}/\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{prefix}/anmelden\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{prefix}/katalog\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_center_is_refused_as_a_field_and_a_named_one_is_the_accounts_center()
    {
        var prefix = await host.CreateCenterWithPrefixAsync();
        var user = await host.CreateUserAsync();
        using var admin = host.CreateAdminClient();

        var unknown = await admin.PostAsJsonAsync($"/api/organisations/accounts/{user.AccountId}/roles",
            new { role = Roles.CenterStaff, center = "nirgendwo-" + prefix });
        var granted = await admin.PostAsJsonAsync($"/api/organisations/accounts/{user.AccountId}/roles",
            new { role = Roles.CenterStaff, center = prefix.ToUpperInvariant() });
        var accounts = await admin.GetFromJsonAsync<JsonElement[]>($"/api/organisations/accounts?q={Uri.EscapeDataString(user.Email)}");

        Assert.Equal(400, (int)unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("center", out _));
        Assert.Equal(204, (int)granted.StatusCode);
        Assert.Equal(prefix, Assert.Single(accounts!).GetProperty("center").GetString());
    }

    private async Task ExpectServedAsync(HttpClient client, string url, string where, List<string> mismatches)
    {
        var status = (int)(await client.GetAsync(url)).StatusCode;
        if (status is 401 or 403)
        {
            mismatches.Add($"GET {url} at the {where}: {status}");
        }
    }

    private static async Task ExpectAsync(HttpClient client, string url, int expected, List<string> mismatches)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        var status = (int)(await client.SendAsync(request)).StatusCode;
        if (status != expected)
        {
            mismatches.Add($"GET {url}: {status}, expected {expected}");
        }
    }

    private async Task<HttpClient> StaffOfAsync(string center, string role)
    {
        var user = await host.CreateUserAsync();
        using var admin = host.CreateAdminClient();
        var granted = await admin.PostAsJsonAsync($"/api/organisations/accounts/{user.AccountId}/roles", new { role, center });
        Assert.Equal(204, (int)granted.StatusCode);
        user.Client.Dispose();
        return await host.SignInAsync(user.Email, TestUsers.Password);
    }

    // Every route of a policy that binds staff to their center, each method once, its parameters filled as the bad-input sweep does.
    private List<(string Method, string Url, string[] Policies)> CenterBoundEndpoints() =>
        host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Policies: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy)
                .OfType<string>().ToArray()))
            .Where(x => x.Policies.Any(CenterBound.Contains) && x.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(x => (x.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (Method: m, Url: new SweepTarget(m, x.Endpoint, null).Url(Guid.NewGuid()), x.Policies)))
            .DistinctBy(x => (x.Method, x.Url))
            .OrderBy(x => x.Url, StringComparer.Ordinal)
            .ToList();
}
