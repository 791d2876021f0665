using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Networking.Introductions;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Networking.Tests.Http;

public sealed class IntroductionRaceHttpTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_many_simultaneous_different_proposals_for_one_pair_Then_exactly_one_introduction_opens()
    {
        using var client = host.CreateAdminClient();
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["ki"]));
        var startup = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Gleichzeitig", ["ki"]));

        // Different Idempotency-Keys (and none): different introductions as far as the keys go.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async n =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/networking/introductions")
            {
                Content = JsonContent.Create(new { smeId = sme, startupId = startup }),
            };
            if (n % 2 == 0)
            {
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            }
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }));

        Assert.Single(answers, s => s == HttpStatusCode.Created);
        Assert.All(answers, s => Assert.Contains(s, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var own = await client.GetFromJsonAsync<JsonElement>($"/api/networking/organisations/{sme}/introductions");
        Assert.Single(own.EnumerateArray());
    }

    [Fact]
    public async Task Given_a_closed_introduction_Then_the_pair_can_be_introduced_again()
    {
        using var client = host.CreateAdminClient();
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["cloud"]));
        var startup = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Nochmal", ["cloud"]));
        var first = (await client.PostAsJsonAsync("/api/networking/introductions", new { smeId = sme, startupId = startup })
            .Json(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await client.PostAsJsonAsync($"/api/networking/organisations/{startup}/introductions/{first}/decline", new { reason = (string?)null }).Json();

        var second = (await client.PostAsJsonAsync("/api/networking/introductions", new { smeId = sme, startupId = startup })
            .Json(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Given_a_full_introduction_Then_its_stream_holds_need_signals_of_the_sme_for_proposal_yes_and_outcome()
    {
        using var client = host.CreateAdminClient();
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["daten", "ki"]));
        var startup = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Signal", ["daten"]));
        var id = (await client.PostAsJsonAsync("/api/networking/introductions", new { smeId = sme, startupId = startup })
            .Json(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        string Url(Guid side, string action) => $"/api/networking/organisations/{side}/introductions/{id}/{action}";
        await client.PostAsync(Url(sme, "accept"), null).Json();
        await client.PostAsync(Url(startup, "accept"), null).Json();
        await client.PostAsJsonAsync(Url(sme, "meeting"), new { heldOn = "2026-11-20" }).Json();
        await client.PostAsJsonAsync(Url(startup, "outcome"), new { outcome = "Cooperation" }).Json();

        await using var session = host.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var needs = (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<NeedExpressed>().ToList();

        Assert.Equal([IntroductionNeeds.Proposed, IntroductionNeeds.SmeAccepted, 1.0], needs.Select(n => n.Strength));
        Assert.All(needs, n => Assert.Equal(("daten", sme, "networking"), (n.Topic, n.Interaction.OrganisationId, n.Source)));
    }
}
