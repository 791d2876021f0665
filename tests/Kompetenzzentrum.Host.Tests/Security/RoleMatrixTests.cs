using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Security;

public sealed class RoleMatrixTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const int Ok = 200, Created = 201, Unauthorized = 401, Forbidden = 403;

    // Columns: anonymous, organisation admin, partner staff, center staff, analyst, platform admin.
    private static readonly (string Method, string Url, object? Body, int[] Expected)[] Matrix =
    [
        ("GET", "/api/catalog/offerings", null, [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/api/modules", null, [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/api/organisations", null, [Unauthorized, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        ("GET", "/api/organisations/mine", null, [Unauthorized, Ok, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("GET", "/api/organisations/accounts", null, [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("GET", "/api/organisations/accounts/me", null, [Unauthorized, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/api/centers", null, [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("GET", "/api/centers/current", null, [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/api/outbox", null, [Unauthorized, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        ("GET", "/api/templates", null, [Unauthorized, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        ("POST", "/api/organisations/tokens", new { name = "t", scopes = new[] { "odata:read" }, expiresInDays = 1 },
            [Unauthorized, Forbidden, Forbidden, Forbidden, Created, Created]),
        ("POST", "/api/lernfabrik/stations", new { name = "Station", topic = "ki", places = 2 },
            [Unauthorized, Forbidden, Created, Created, Forbidden, Created]),
    ];

    [Fact]
    public async Task Each_role_gets_the_expected_answer_from_each_endpoint()
    {
        var clients = new[]
        {
            host.CreateClient(),
            (await host.CreateOrganisationAdminAsync()).Client,
            (await host.CreateUserAsync(Roles.PartnerStaff, "Partnerzentrum Nord")).Client,
            (await host.CreateUserAsync(Roles.CenterStaff)).Client,
            (await host.CreateUserAsync(Roles.Analyst)).Client,
            await host.AdminAsync(),
        };
        var mismatches = new List<string>();
        foreach (var (method, url, body, expected) in Matrix)
        {
            for (var role = 0; role < clients.Length; role++)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : JsonContent.Create(body) };
                var status = (int)(await clients[role].SendAsync(request)).StatusCode;
                if (status != expected[role])
                {
                    mismatches.Add($"{method} {url} as role #{role}: {status}, expected {expected[role]}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
