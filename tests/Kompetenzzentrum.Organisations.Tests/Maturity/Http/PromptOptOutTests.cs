using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Http;

/// <summary>An admin who switched off maturity prompts gets none, while transactional mail (a password reset) still arrives.</summary>
public sealed class PromptOptOutTests(PromptFixture host) : IClassFixture<PromptFixture>
{
    private const string Category = PromptFixture.Category;

    [Fact]
    public async Task Given_prompts_switched_off_When_the_next_round_is_due_Then_only_the_admin_who_wants_them_is_prompted()
    {
        var admin = await host.CreateOrganisationAdminAsync("Stille Post GmbH");
        var colleague = await host.JoinedColleagueAsync(admin, asAdmin: true);
        await admin.Client.SetNotificationsAsync(NotificationSettingsSeen.All with { MaturityPrompts = false });
        await host.CompleteParticipationAsync(admin.OrganisationId!.Value);

        host.Clock.Advance(TimeSpan.FromDays(31));
        await host.RunJobAsync(PromptFixture.SweepJob);
        using var anonymous = host.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/organisations/accounts/forgot-password", new { email = admin.Email })).EnsureSuccessStatusCode();

        Assert.Contains(await host.MailsToAsync(colleague.Email), m => m.Category == Category);
        var mails = await Eventually.Get(async () => await host.MailsToAsync(admin.Email), m => m.Any(x => x.Category == "account.password-reset"));
        Assert.DoesNotContain(mails, m => m.Category == Category);
    }
}
