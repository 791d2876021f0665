using System.Net.Http.Json;

namespace Kompetenzzentrum.Testing;

/// <summary>Centers of a test, created through the real API as the platform administrator.</summary>
public static class TestCenters
{
    /// <summary>A new center reached by the path prefix <c>/{short name}</c>; returns that short name.</summary>
    public static async Task<string> CreateCenterWithPrefixAsync(this HostFixture host, string stem = "zentrum")
    {
        var prefix = stem + "-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = host.CreateAdminClient();
        var created = await admin.PostAsJsonAsync("/api/centers", new
        {
            name = "Zentrum " + prefix,
            shortName = prefix,
            primaryColor = "#004b87",
            secondaryColor = "#f39200",
            contactEmail = "kontakt@example.org",
            fundingLine = "Mittelstand-Digital",
            pathPrefix = prefix,
        });
        created.EnsureSuccessStatusCode();
        return prefix;
    }
}
