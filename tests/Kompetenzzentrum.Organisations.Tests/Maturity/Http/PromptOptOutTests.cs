using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Http;

/// <summary>An admin who switched off maturity prompts gets none, while transactional mail (a password reset) still arrives.</summary>
public sealed class PromptOptOutTests(PromptFixture host) : IClassFixture<PromptFixture>
{
    private const string Category = "maturity.repeat-reminder";
    private static readonly JobKey SweepJob = new("maturity-repeat-reminder", "organisations");

    [Fact]
    public async Task Given_prompts_switched_off_When_the_next_round_is_due_Then_only_the_admin_who_wants_them_is_prompted()
    {
        var admin = await host.CreateOrganisationAdminAsync("Stille Post GmbH");
        var colleague = await host.JoinedColleagueAsync(admin, asAdmin: true);
        await admin.Client.SetNotificationsAsync(NotificationSettingsSeen.All with { MaturityPrompts = false });
        await CompleteParticipationAsync(admin.OrganisationId!.Value);

        host.Clock.Advance(TimeSpan.FromDays(31));
        await host.RunJobAsync(SweepJob);
        using var anonymous = host.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/organisations/accounts/forgot-password", new { email = admin.Email })).EnsureSuccessStatusCode();

        Assert.Contains(await host.MailsToAsync(colleague.Email), m => m.Category == Category);
        var mails = await Eventually.Get(async () => await host.MailsToAsync(admin.Email), m => m.Any(x => x.Category == "account.password-reset"));
        Assert.DoesNotContain(mails, m => m.Category == Category);
    }

    // The catalog raises ParticipationCompleted once a session was attended; here it is appended as the catalog would.
    private async Task CompleteParticipationAsync(Guid organisationId)
    {
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        session.Events.StartStream(Guid.NewGuid(), new ParticipationCompleted(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "experience-tour", ["daten"], organisationId, host.Clock.GetUtcNow()));
        await session.SaveChangesAsync();
    }
}
