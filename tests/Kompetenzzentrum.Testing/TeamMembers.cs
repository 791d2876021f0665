using System.Net.Http.Json;

namespace Kompetenzzentrum.Testing;

/// <summary>Growing a test organisation's team through the invitation API.</summary>
public static class TeamMembers
{
    /// <summary>A new signed-in account invited by the admin (as a plain member unless asked) that accepted the invitation.</summary>
    public static async Task<TestUser> JoinedColleagueAsync(this HostFixture host, TestUser admin, bool asAdmin = false)
    {
        var colleague = await host.CreateUserAsync();
        (await admin.Client.PostAsJsonAsync($"/api/organisations/{admin.OrganisationId}/invitations", new { email = colleague.Email, asAdmin }))
            .EnsureSuccessStatusCode();
        var code = await host.LatestCodeAsync(colleague.Email, "organisation.invitation");
        (await colleague.Client.PostAsJsonAsync("/api/organisations/invitations/accept", new { organisationId = admin.OrganisationId, token = code }))
            .EnsureSuccessStatusCode();
        return colleague with { OrganisationId = admin.OrganisationId };
    }
}
