using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Maturity.Tests.Http;

/// <summary>A host that invites to the next round two seconds after a round, so the Quartz job can be watched firing.</summary>
public sealed class ShortRepeatFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Modules:organisations:MaturityRepeatAfterDays"] = (2.0 / 86400).ToString(CultureInfo.InvariantCulture),
    };
}

public sealed class ReminderTests(ShortRepeatFixture host) : IClassFixture<ShortRepeatFixture>
{
    [Fact]
    public async Task Given_a_round_When_the_repeat_delay_passes_Then_the_admins_are_invited_to_T1()
    {
        var admin = await host.CreateOrganisationAdminAsync("Reminder GmbH");
        var set = await MaturityApi.CurrentSetAsync(admin.Client);
        await MaturityApi.TakeAsync(admin.Client, admin.OrganisationId!.Value, 1, MaturityApi.Answers(set, 2));
        using var staff = host.CreateAdminClient();

        var mails = await Eventually.Get<JsonElement?>(
            async () => await staff.GetFromJsonAsync<JsonElement>($"/api/outbox?to={Uri.EscapeDataString(admin.Email)}&category=maturity.repeat-reminder"),
            m => m!.Value.GetArrayLength() > 0);

        var mail = mails!.Value[0];
        Assert.Contains("T1", mail.GetProperty("textBody").GetString());
        Assert.Contains("Reminder GmbH", mail.GetProperty("textBody").GetString());
    }
}
