using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests;

/// <summary>
/// <c>DELETE /api/organisations/accounts/me</c> keeps an organisation administrable: its last admin is refused (409) while
/// others remain, a sole admin is pointed to deleting the organisation; nothing changes on a refusal.
/// </summary>
public sealed class SelfErasureTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Me = "/api/organisations/accounts/me";

    [Fact]
    public async Task The_last_admin_with_colleagues_is_refused_in_the_request_language_and_stays_with_the_organisation()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await host.JoinedColleagueAsync(admin);

        var english = await HttpAnswers.Problem(await admin.Client.DeleteAsync(Me), HttpStatusCode.Conflict);
        using var request = new HttpRequestMessage(HttpMethod.Delete, Me);
        request.Headers.AcceptLanguage.ParseAdd("de");
        var german = await HttpAnswers.Problem(await admin.Client.SendAsync(request), HttpStatusCode.Conflict);

        Assert.Equal("organisations.privacy.last-admin", english.GetProperty("code").GetString());
        Assert.StartsWith("You are the only administrator of your organisation. First make another member an administrator",
            english.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("Ernennen Sie zuerst im Team eine andere Person", german.GetProperty("title").GetString(), StringComparison.Ordinal);
        var byId = await HttpAnswers.Problem(
            await admin.Client.DeleteAsync($"/api/organisations/accounts/{admin.AccountId}"), HttpStatusCode.Conflict);
        Assert.Equal("organisations.privacy.last-admin", byId.GetProperty("code").GetString());
        await StillAdminAsync(admin, members: 2);
        Assert.Equal(HttpStatusCode.OK, (await colleague.Client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task A_sole_admin_is_pointed_to_deleting_the_organisation_and_nothing_is_deleted()
    {
        var admin = await host.CreateOrganisationAdminAsync();

        var problem = await HttpAnswers.Problem(await admin.Client.DeleteAsync(Me), HttpStatusCode.Conflict);

        Assert.Equal("organisations.privacy.sole-admin", problem.GetProperty("code").GetString());
        Assert.Contains("Delete the organisation instead", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        await StillAdminAsync(admin, members: 1);
    }

    [Fact]
    public async Task After_appointing_another_admin_the_former_last_admin_may_erase_the_account_and_a_plain_member_always_may()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await host.JoinedColleagueAsync(admin);
        var member = await host.JoinedColleagueAsync(admin);

        Assert.Equal(HttpStatusCode.NoContent, (await member.Client.DeleteAsync(Me)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await admin.Client.PutAsJsonAsync($"/api/organisations/{admin.OrganisationId}/members/{colleague.AccountId}/admin",
                new { isAdmin = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Client.DeleteAsync(Me)).StatusCode);

        var members = (await colleague.Client.GetFromJsonAsync<MemberView[]>($"/api/organisations/{admin.OrganisationId}/members"))!;
        Assert.True(Assert.Single(members).IsAdmin);
    }

    // The refused admin is still signed in, still admin, and the team unchanged.
    private static async Task StillAdminAsync(TestUser admin, int members)
    {
        var team = (await admin.Client.GetFromJsonAsync<MemberView[]>($"/api/organisations/{admin.OrganisationId}/members"))!;
        Assert.Equal(members, team.Length);
        Assert.True(Assert.Single(team, m => m.AccountId == admin.AccountId).IsAdmin);
    }

    private sealed record MemberView(Guid AccountId, string DisplayName, string? Email, bool IsAdmin);
}
