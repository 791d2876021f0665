using System.Net;
using System.Net.Http.Json;
using System.Text;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests.Notifications;

/// <summary><c>GET/PUT /api/organisations/accounts/me/notifications</c>: every kind on by default, kept per person.</summary>
public sealed class NotificationSettingsTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_new_account_receives_every_kind_and_a_change_is_kept_for_that_person_only()
    {
        var member = await host.CreateUserAsync();
        var other = await host.CreateUserAsync();
        Assert.Equal(NotificationSettingsSeen.All, await GetAsync(member.Client));

        var wanted = new NotificationSettingsSeen(false, true, false, true);
        Assert.Equal(wanted, await member.Client.SetNotificationsAsync(wanted));

        Assert.Equal(wanted, await GetAsync(member.Client));
        Assert.Equal(NotificationSettingsSeen.All, await GetAsync(other.Client));
        Assert.Equal(NotificationSettingsSeen.All, await member.Client.SetNotificationsAsync(NotificationSettingsSeen.All));
    }

    [Fact]
    public async Task A_missing_field_is_a_400_naming_it_in_the_request_language_and_nothing_changes()
    {
        var member = await host.CreateUserAsync();
        await member.Client.SetNotificationsAsync(NotificationSettingsSeen.All with { FeedbackSurveys = false });
        using var german = new HttpRequestMessage(HttpMethod.Put, NotificationSettingsApi.Path)
        {
            Content = new StringContent("""{"sessionReminders":false,"consultationReminders":true,"feedbackSurveys":true}""",
                Encoding.UTF8, "application/json"),
        };
        german.Headers.AcceptLanguage.ParseAdd("de");

        var problem = await HttpAnswers.Problem(await member.Client.SendAsync(german), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal(["maturityPrompts"], errors.EnumerateObject().Select(e => e.Name));
        Assert.StartsWith("Bitte geben Sie an", errors.GetProperty("maturityPrompts")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(NotificationSettingsSeen.All with { FeedbackSurveys = false }, await GetAsync(member.Client));
    }

    [Fact]
    public async Task Without_sign_in_the_settings_are_401()
    {
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(NotificationSettingsApi.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PutAsJsonAsync(NotificationSettingsApi.Path, NotificationSettingsSeen.All)).StatusCode);
    }

    private static async Task<NotificationSettingsSeen> GetAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<NotificationSettingsSeen>(NotificationSettingsApi.Path))!;
}
