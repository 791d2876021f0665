using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>The notification settings page: a member switches reminder-type mails off and finds the choice kept.</summary>
public sealed class NotificationPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Surveys = "Einladung zur Feedback-Umfrage nach einer Teilnahme";
    private const string Sessions = "Erinnerung am Tag vor einem gebuchten Termin oder Workshop";

    [Fact]
    public async Task A_member_switches_off_surveys_and_session_reminders_and_finds_them_kept_in_German_and_English()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, member.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Benachrichtigungen" }).First.ClickAsync();
        Assert.True(await page.GetByLabel(Surveys).IsCheckedAsync());
        Assert.Contains("erhalten Sie immer", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "notifications");

        await page.GetByLabel(Surveys).UncheckAsync();
        await page.GetByLabel(Sessions).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Einstellungen speichern" }).ClickAsync();

        Assert.Contains("gespeichert", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        await page.ReloadAsync();
        Assert.False(await page.GetByLabel(Surveys).IsCheckedAsync());
        Assert.False(await page.GetByLabel(Sessions).IsCheckedAsync());
        Assert.True(await page.GetByLabel("Erinnerung am Tag vor einer KI-Sprechstunde").IsCheckedAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.False(await page.GetByLabel("Invitation to the feedback survey after taking part").IsCheckedAsync());
        Assert.True(await page.GetByLabel("Invitation to the next round of the maturity check").IsCheckedAsync());
        var kept = await member.Client.GetFromJsonAsync<NotificationSettingsSeen>(NotificationSettingsApi.Path);
        Assert.Equal(new NotificationSettingsSeen(false, true, false, true), kept);
    }

    [Fact]
    public async Task The_privacy_center_links_to_the_settings_and_ticking_a_box_again_switches_the_mail_back_on()
    {
        var member = await host.CreateUserAsync();
        await member.Client.SetNotificationsAsync(NotificationSettingsSeen.All with { FeedbackSurveys = false });
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, member.Email);
        await page.GotoAsync("/konto/datenschutz");

        await page.GetByRole(AriaRole.Link, new() { Name = "Benachrichtigungen einstellen" }).ClickAsync();
        await page.GetByLabel(Surveys).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Einstellungen speichern" }).ClickAsync();

        Assert.Contains("gespeichert", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByLabel(Surveys).IsCheckedAsync());
        Assert.Equal(NotificationSettingsSeen.All, await member.Client.GetFromJsonAsync<NotificationSettingsSeen>(NotificationSettingsApi.Path));
    }
}
