using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

public sealed class RoundPlanHttpTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_attendees_Then_the_plan_has_the_rounds_asked_for_and_the_best_pair_meets_first()
    {
        using var client = host.CreateAdminClient();
        var smes = new[]
        {
            await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["ki", "daten"], state: "BE")),
            await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["cloud"], state: "BY", postcode: "80331")),
        };
        var startups = new[]
        {
            await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("KI-Partner", ["ki", "daten"], ["C"], state: "BE", postcode: "10117")),
            await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Wolke", ["cloud", "ki"], state: "BY", postcode: "80333")),
        };

        var plan = await client.PostAsJsonAsync("/api/networking/round-plans", new { smeIds = smes, startupIds = startups, rounds = 3 }).Json();

        Assert.Equal(3, plan.GetArrayLength());
        var first = plan[0].EnumerateArray().Select(m => (m.GetProperty("smeId").GetGuid(), m.GetProperty("startupId").GetGuid())).ToList();
        Assert.Contains((smes[0], startups[0]), first);
        Assert.Contains((smes[1], startups[1]), first);
        // KMU 1 and Wolke share "ki"; KMU 2 and KI-Partner share nothing, so they never meet.
        var all = plan.EnumerateArray().SelectMany(r => r.EnumerateArray())
            .Select(m => (m.GetProperty("smeId").GetGuid(), m.GetProperty("startupId").GetGuid())).ToList();
        Assert.Equal(3, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Given_unknown_attendees_or_no_rounds_Then_400_names_the_fields()
    {
        using var client = host.CreateAdminClient();

        var problem = await client.PostAsJsonAsync("/api/networking/round-plans",
            new { smeIds = new[] { Guid.NewGuid() }, startupIds = Array.Empty<Guid>(), rounds = 0 })
            .Json(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("smeIds", out _));
        Assert.True(errors.TryGetProperty("startupIds", out _));
        Assert.True(errors.TryGetProperty("rounds", out _));
    }
}
