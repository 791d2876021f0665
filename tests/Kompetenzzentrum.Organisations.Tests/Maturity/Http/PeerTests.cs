using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Http;

/// <summary>
/// Peer medians appear with the fifth peer of the same industry section and size class (peers: organisations with a
/// completed participation); the public events are stored.
/// </summary>
public sealed class PeerTests(HostFixture host) : IClassFixture<HostFixture>
{
    /// <summary>A participation of the organisation completed, as the catalog announces it after staff complete a booking.</summary>
    private async Task CompletedAsync(Guid organisationId)
    {
        await using var session = host.Factory.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.StartStream(Guid.CreateVersion7(),
            new ParticipationCompleted(
                Guid.CreateVersion7(), null, Guid.CreateVersion7(), "experience-tour", ["daten"], organisationId, DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task Given_four_peers_and_one_of_another_size_the_median_is_hidden_and_the_fifth_peer_shows_it()
    {
        var own = await host.CreateOrganisationAdminAsync();
        var set = await MaturityApi.CurrentSetAsync(own.Client);
        await MaturityApi.TakeAsync(own.Client, own.OrganisationId!.Value, 1, MaturityApi.Answers(set, 2));
        foreach (var answer in new[] { 0, 1, 3, 4 })
        {
            var peer = await host.CreateOrganisationAdminAsync();
            await CompletedAsync(peer.OrganisationId!.Value);
            await MaturityApi.TakeAsync(peer.Client, peer.OrganisationId!.Value, 1, MaturityApi.Answers(set, answer));
        }
        var other = await host.CreateUserAsync();
        var medium = await other.Client.PostAsJsonAsync("/api/organisations",
            new { name = "Mittel GmbH", kind = "sme", industry = "C", sizeClass = "medium", federalState = "BB", postcode = "14467" });
        var mediumId = (await medium.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await CompletedAsync(mediumId);
        using var otherClient = await host.SignInAsync(other.Email, TestUsers.Password);
        await MaturityApi.TakeAsync(otherClient, mediumId, 1, MaturityApi.Answers(set, 4));

        var hidden = await own.Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{own.OrganisationId}/maturity/peers");
        var fifth = await host.CreateOrganisationAdminAsync();
        await CompletedAsync(fifth.OrganisationId!.Value);
        await MaturityApi.TakeAsync(fifth.Client, fifth.OrganisationId!.Value, 1, MaturityApi.Answers(set, 4));
        var shown = await own.Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{own.OrganisationId}/maturity/peers");

        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("peers").ValueKind);
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("hiddenBecause").ValueKind);
        // Peers 0, 25, 75, 100, 100: the median is 75; the medium-sized organisation does not count.
        var peers = shown.GetProperty("peers");
        Assert.Equal((5, 75.0), (peers.GetProperty("peers").GetInt32(), peers.GetProperty("overallScore").GetDouble()));
    }

    [Fact]
    public async Task Taking_the_check_stores_the_public_assessment_and_one_need_per_gap_for_research()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var orgId = admin.OrganisationId!.Value;
        var set = await MaturityApi.CurrentSetAsync(admin.Client);
        await MaturityApi.TakeAsync(admin.Client, orgId, 1, MaturityApi.Answers(set, 1, ("daten", 5, 1), ("cloud", 4, 2)));

        await using var session = host.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var assessed = (await session.Events.QueryRawEventDataOnly<MaturityAssessed>().ToListAsync())
            .Single(e => e.Interaction.OrganisationId == orgId);
        var needs = (await session.Events.QueryRawEventDataOnly<NeedExpressed>().ToListAsync())
            .Where(e => e.Interaction.OrganisationId == orgId).ToList();

        Assert.Equal((1, 0, 25.0, "Entdecker"), (assessed.QuestionSetVersion, assessed.Round, assessed.OverallScore, assessed.Level.ToString()));
        Assert.Equal(new[] { ("daten", 1.0, "check"), ("cloud", 0.5, "check") }, needs.Select(n => (n.Topic, n.Strength, n.Source)));
    }
}
