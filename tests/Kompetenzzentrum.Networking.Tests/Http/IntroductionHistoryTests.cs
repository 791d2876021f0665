using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

/// <summary>An organisation's introductions show in its history on the staff's organisation page (CRM view), without reasons.</summary>
public sealed class IntroductionHistoryTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_an_introduction_the_sme_accepts_and_the_startup_declines_Then_the_sme_history_lists_each_step()
    {
        using var client = host.CreateAdminClient();
        var sme = (await host.CreateOrganisationAdminAsync("Historie Maschinenbau GmbH")).OrganisationId!.Value;
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync($"/api/networking/smes/{sme}", NetworkingApi.Sme(["daten"]))).StatusCode);
        var startup = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Datenwerk", ["daten"]));
        Assert.Empty(await host.HistoryFromSourcesAsync(sme, "networking"));

        var introduction = (await client.PostAsJsonAsync("/api/networking/introductions", new { smeId = sme, startupId = startup })
            .Json(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await client.PostAsync($"/api/networking/organisations/{sme}/introductions/{introduction}/accept", null).Json();
        await client.PostAsJsonAsync($"/api/networking/organisations/{startup}/introductions/{introduction}/decline",
            new { reason = "Passt gerade nicht ins Budget" }).Json();

        var entries = await host.HistoryFromSourcesAsync(sme, "networking");
        Assert.Equal(["introduction-proposed", "introduction-accepted", "introduction-declined"], entries.Select(e => e.Kind));
        Assert.Equal(
            ["Kennenlernen mit Datenwerk vorgeschlagen", "Kennenlernen mit Datenwerk: Zusage gegeben", "Datenwerk hat das Kennenlernen abgelehnt"],
            entries.Select(e => e.Title.De));
        Assert.Equal("Datenwerk declined the introduction", entries[^1].Title.En);
        Assert.All(entries, e => Assert.Equal($"/backoffice/matching?kmu={sme}", e.Link));

        var crm = await host.HistoryFromCrmAsync(sme, "networking");
        Assert.Equal(entries.Select(e => e.Title.De), crm.GermanTitles());
        Assert.DoesNotContain("Budget", await host.HistoryTextFromCrmAsync(sme), StringComparison.Ordinal);
    }
}
