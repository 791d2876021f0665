using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

/// <summary>Staff merge two organisations: profiles, introductions and curation follow to the survivor.</summary>
public sealed class MergeHttpTests(HostFixture host) : IClassFixture<HostFixture>
{
    private sealed record Profile(Guid OrganisationId, string Name);

    private sealed record Side(Guid IntroductionId, Guid OtherOrganisationId, bool YouAccepted);

    private sealed record Record(Guid Id, Guid SmeId, Guid StartupId, bool SmeAccepted);

    private static string Smes(Guid id) => $"/api/networking/smes/{id}";

    [Fact]
    public async Task A_survivor_without_a_profile_takes_the_duplicates_profile_and_its_accepted_introduction()
    {
        using var staff = host.CreateAdminClient();
        var survivor = await host.CreateOrganisationAdminAsync();
        var duplicate = await host.CreateOrganisationAdminAsync();
        var (survivorId, duplicateId) = (survivor.OrganisationId!.Value, duplicate.OrganisationId!.Value);
        var profile = NetworkingApi.Sme(["daten"]);
        profile["name"] = "Dublette " + duplicateId.ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Created, (await staff.PutAsJsonAsync(Smes(duplicateId), profile)).StatusCode);
        var startup = await NetworkingApi.CreateStartup(staff, NetworkingApi.Startup("Datenfluss", ["daten"]));
        var introduction = (await staff.PostAsJsonAsync("/api/networking/introductions", new { smeId = duplicateId, startupId = startup })
            .Json(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var own = $"/api/networking/organisations/{survivorId}/introductions/{introduction}";
        await staff.PostAsync($"/api/networking/organisations/{duplicateId}/introductions/{introduction}/accept", null).Json();
        Assert.Equal(HttpStatusCode.NotFound, (await survivor.Client.GetAsync(own)).StatusCode);

        await host.MergeAsync(survivorId, duplicateId);

        Assert.Equal((survivorId, (string)profile["name"]!), await NameAsync(survivor.Client, survivorId));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(Smes(duplicateId))).StatusCode);
        var side = await survivor.Client.GetFromJsonAsync<Side>(own, HostFixture.Json);
        Assert.Equal((introduction, startup, true), (side!.IntroductionId, side.OtherOrganisationId, side.YouAccepted));
        var record = await staff.GetFromJsonAsync<Record>($"/api/networking/introductions/{introduction}", HostFixture.Json);
        Assert.Equal((survivorId, startup, true), (record!.SmeId, record.StartupId, record.SmeAccepted));
    }

    [Fact]
    public async Task A_survivor_with_a_profile_keeps_it_and_the_duplicates_profile_is_no_longer_matched()
    {
        using var staff = host.CreateAdminClient();
        var survivor = await host.CreateOrganisationAdminAsync();
        var duplicate = await host.CreateOrganisationAdminAsync();
        var (survivorId, duplicateId) = (survivor.OrganisationId!.Value, duplicate.OrganisationId!.Value);
        var kept = NetworkingApi.Sme(["cloud"]);
        kept["name"] = "Bleibt " + survivorId.ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Created, (await staff.PutAsJsonAsync(Smes(survivorId), kept)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PutAsJsonAsync(Smes(duplicateId), NetworkingApi.Sme(["daten"]))).StatusCode);

        await host.MergeAsync(survivorId, duplicateId);

        Assert.Equal((survivorId, (string)kept["name"]!), await NameAsync(survivor.Client, survivorId));
        var listed = await staff.GetFromJsonAsync<List<Profile>>("/api/networking/smes", HostFixture.Json);
        Assert.DoesNotContain(listed!, p => p.OrganisationId == duplicateId);
        Assert.Contains(listed!, p => p.OrganisationId == survivorId);
    }

    [Fact]
    public async Task The_duplicates_seat_at_a_matchmaking_event_is_the_survivors_in_the_attendee_list()
    {
        using var staff = host.CreateAdminClient();
        var survivor = await host.CreateOrganisationAdminAsync();
        var duplicate = await host.CreateOrganisationAdminAsync();
        var other = Guid.NewGuid();
        var session = await MatchmakingEventHttpTests.SessionAsync(staff, "matchmaking-event", capacity: 5);
        await MatchmakingEventHttpTests.BookAsync(staff, session, duplicate.OrganisationId!.Value);
        await MatchmakingEventHttpTests.BookAsync(staff, session, other);

        await host.MergeAsync(survivor.OrganisationId!.Value, duplicate.OrganisationId.Value);

        var attendees = await staff.GetFromJsonAsync<List<Guid>>($"/api/networking/matchmaking-sessions/{session}/attendees");
        Assert.Equal(new[] { survivor.OrganisationId.Value, other }.Order(), attendees!.Order());
    }

    private static async Task<(Guid, string)> NameAsync(HttpClient client, Guid organisationId)
    {
        var profile = await client.GetFromJsonAsync<Profile>(Smes(organisationId), HostFixture.Json);
        return (profile!.OrganisationId, profile.Name);
    }
}
