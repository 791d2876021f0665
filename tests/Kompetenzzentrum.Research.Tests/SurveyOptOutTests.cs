using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>
/// A member who switched off feedback surveys is not surveyed; one with the default settings is, and transactional mail still goes.
/// </summary>
public sealed class SurveyOptOutTests(ResearchFixture fixture) : IClassFixture<ResearchFixture>
{
    [Fact]
    public async Task Given_surveys_switched_off_When_a_participation_completes_Then_no_survey_but_a_password_reset_still_arrives()
    {
        var muted = await fixture.CreateUserAsync();
        await muted.Client.SetNotificationsAsync(NotificationSettingsSeen.All with { FeedbackSurveys = false });
        var wanting = await fixture.CreateUserAsync();
        var (mutedOrganisation, wantingOrganisation) = (Guid.NewGuid(), Guid.NewGuid());
        fixture.Contacts.Add(mutedOrganisation, muted.Email);
        await fixture.ConsentAsync(mutedOrganisation);
        await fixture.AppendAsync(new ParticipationCompleted(
            Guid.CreateVersion7(), null, fixture.DataOffering, "experience-tour", ["daten"], mutedOrganisation, DateTimeOffset.UtcNow));

        // Completed after the muted one, so its survey goes out in the same run or a later one.
        Assert.NotEmpty(await fixture.CompleteAsync(wantingOrganisation, wanting.Email, fixture.DataOffering, "experience-tour", ["daten"]));
        using var anonymous = fixture.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/organisations/accounts/forgot-password", new { email = muted.Email })).EnsureSuccessStatusCode();

        var mails = await Eventually.Get(
            async () => await fixture.MailsToAsync(muted.Email), m => m.Any(x => x.Category == "account.password-reset"));
        Assert.DoesNotContain(mails, m => m.Category == "research.feedback-survey");
    }
}
