using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests;

/// <summary>Organisation admins make or unmake admins and remove members; the last admin stays.</summary>
public sealed class TeamTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_last_admin_can_neither_be_unmade_nor_removed_nor_leave_and_nothing_changes()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await JoinedColleagueAsync(admin);

        var unmade = await HttpAnswers.Problem(await admin.Client.PutAsJsonAsync(AdminUrl(admin, admin.AccountId), new { isAdmin = false }),
            HttpStatusCode.Conflict);
        await HttpAnswers.Problem(await admin.Client.DeleteAsync(MemberUrl(admin, admin.AccountId)), HttpStatusCode.Conflict);
        using var german = new HttpRequestMessage(HttpMethod.Delete, MemberUrl(admin, admin.AccountId));
        german.Headers.AcceptLanguage.ParseAdd("de");
        var leaving = await HttpAnswers.Problem(await admin.Client.SendAsync(german), HttpStatusCode.Conflict);

        Assert.Equal("organisations.team.last-admin", unmade.GetProperty("code").GetString());
        Assert.Equal("The organisation needs at least one admin. Make someone else an admin first.", unmade.GetProperty("title").GetString());
        Assert.StartsWith("Das Unternehmen braucht mindestens eine Person mit Admin-Rechten.", leaving.GetProperty("title").GetString());
        var members = await MembersAsync(admin);
        Assert.Equal(2, members.Length);
        Assert.True(Assert.Single(members, m => m.AccountId == admin.AccountId).IsAdmin);
        Assert.False(Assert.Single(members, m => m.AccountId == colleague.AccountId).IsAdmin);
    }

    [Fact]
    public async Task An_admin_makes_a_colleague_admin_and_may_then_step_down_and_the_colleague_removes_them()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await JoinedColleagueAsync(admin);

        Assert.Equal(HttpStatusCode.NoContent,
            (await admin.Client.PutAsJsonAsync(AdminUrl(admin, colleague.AccountId), new { isAdmin = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await admin.Client.PutAsJsonAsync(AdminUrl(admin, admin.AccountId), new { isAdmin = false })).StatusCode);
        // No longer admin: may not manage others any more, the claim follows the account at once.
        Assert.Equal(HttpStatusCode.Forbidden,
            (await admin.Client.PutAsJsonAsync(AdminUrl(admin, admin.AccountId), new { isAdmin = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await colleague.Client.DeleteAsync(MemberUrl(admin, admin.AccountId))).StatusCode);

        var members = await MembersAsync(colleague with { OrganisationId = admin.OrganisationId });
        Assert.True(Assert.Single(members).IsAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync($"/api/organisations/{admin.OrganisationId}/members")).StatusCode);
    }

    [Fact]
    public async Task A_member_who_is_not_admin_may_not_remove_others_but_may_leave()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await JoinedColleagueAsync(admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.Client.DeleteAsync(MemberUrl(admin, admin.AccountId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await colleague.Client.PutAsJsonAsync(AdminUrl(admin, colleague.AccountId), new { isAdmin = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await colleague.Client.DeleteAsync(MemberUrl(admin, colleague.AccountId))).StatusCode);

        Assert.Single(await MembersAsync(admin));
    }

    private async Task<TestUser> JoinedColleagueAsync(TestUser admin)
    {
        var colleague = await host.CreateUserAsync();
        (await admin.Client.PostAsJsonAsync($"/api/organisations/{admin.OrganisationId}/invitations", new { email = colleague.Email }))
            .EnsureSuccessStatusCode();
        var code = await host.LatestCodeAsync(colleague.Email, "organisation.invitation");
        (await colleague.Client.PostAsJsonAsync("/api/organisations/invitations/accept", new { organisationId = admin.OrganisationId, token = code }))
            .EnsureSuccessStatusCode();
        return colleague;
    }

    private static string AdminUrl(TestUser admin, Guid member) => $"/api/organisations/{admin.OrganisationId}/members/{member}/admin";

    private static string MemberUrl(TestUser admin, Guid member) => $"/api/organisations/{admin.OrganisationId}/members/{member}";

    private static async Task<MemberView[]> MembersAsync(TestUser admin) =>
        (await admin.Client.GetFromJsonAsync<MemberView[]>($"/api/organisations/{admin.OrganisationId}/members"))!;

    private sealed record MemberView(Guid AccountId, string DisplayName, string? Email, bool IsAdmin);
}
