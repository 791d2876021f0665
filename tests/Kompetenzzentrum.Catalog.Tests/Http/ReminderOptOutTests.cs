using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>A member who switched off session reminders gets none, while the booking's confirmation still arrives.</summary>
[Collection(CatalogHost.Name)]
public sealed class ReminderOptOutTests(HostFixture host)
{
    [Fact]
    public async Task Given_session_reminders_switched_off_When_the_reminder_fires_Then_no_reminder_but_the_confirmation_arrives()
    {
        var member = await host.CreateOrganisationAdminAsync();
        await member.Client.SetNotificationsAsync(NotificationSettingsSeen.All with { SessionReminders = false });

        await BookAndRemindAsync(member);

        var mails = await host.MailsToAsync(member.Email);
        Assert.Contains(mails, m => m.Category == "catalog.booking-confirmed");
        Assert.DoesNotContain(mails, m => m.Category == "catalog.booking-reminder");
    }

    [Fact]
    public async Task Given_the_default_settings_When_the_reminder_fires_Then_the_member_is_reminded()
    {
        var member = await host.CreateOrganisationAdminAsync();

        await BookAndRemindAsync(member);

        var mails = await host.MailsToAsync(member.Email);
        Assert.Contains(mails, m => m.Category == "catalog.booking-confirmed");
        Assert.Contains(mails, m => m.Category == "catalog.booking-reminder");
    }

    [Fact]
    public async Task Given_other_kinds_switched_off_When_the_reminder_fires_Then_the_member_is_still_reminded()
    {
        var member = await host.CreateOrganisationAdminAsync();
        await member.Client.SetNotificationsAsync(new NotificationSettingsSeen(true, false, false, false));

        await BookAndRemindAsync(member);

        Assert.Contains(await host.MailsToAsync(member.Email), m => m.Category == "catalog.booking-reminder");
    }

    // Books a seat for the member's organisation with its address as the contact, waits for the confirmation and the
    // scheduled reminder, and runs the reminder to its end.
    private async Task BookAndRemindAsync(TestUser member)
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        var attendees = new[] { new { name = "Erika Mustermann" } };
        var body = new { organisationId = member.OrganisationId, attendees, contactEmail = member.Email };
        var booking = (await CatalogApi.Created(await CatalogApi.BookAsync(api.Client, session, body))).GetProperty("bookingId").GetGuid();
        await Eventually.Get(async () => await host.MailsToAsync(member.Email), m => m.Any(x => x.Category == "catalog.booking-confirmed"));
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await Eventually.Get(
            async () => await scheduler.GetTrigger(new TriggerKey($"reminder-{booking:N}", "catalog")), t => t is not null);
        await host.RunJobAsync(trigger!.JobKey, trigger.JobDataMap);
    }
}
