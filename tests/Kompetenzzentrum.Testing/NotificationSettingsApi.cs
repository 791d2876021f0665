using System.Net.Http.Json;

namespace Kompetenzzentrum.Testing;

/// <summary>The notification settings as <c>GET/PUT /api/organisations/accounts/me/notifications</c> read and write them.</summary>
public sealed record NotificationSettingsSeen(bool SessionReminders, bool ConsultationReminders, bool FeedbackSurveys, bool MaturityPrompts)
{
    /// <summary>Everything on: the default of every account.</summary>
    public static readonly NotificationSettingsSeen All = new(true, true, true, true);
}

/// <summary>Changing a test user's notification settings over the API.</summary>
public static class NotificationSettingsApi
{
    public const string Path = "/api/organisations/accounts/me/notifications";

    /// <summary>Stores the settings (every field) and answers what the API now holds.</summary>
    public static async Task<NotificationSettingsSeen> SetNotificationsAsync(this HttpClient client, NotificationSettingsSeen settings)
    {
        using var response = await client.PutAsJsonAsync(Path, settings);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<NotificationSettingsSeen>())!;
    }
}
