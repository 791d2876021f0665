using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>A member who switched off consultation reminders gets none, while the booking mail still arrives.</summary>
public sealed class ReminderOptOutTests(ClockedHostFixture host) : IClassFixture<ClockedHostFixture>
{
    [Fact]
    public async Task Given_consultation_reminders_switched_off_When_the_reminder_fires_Then_no_reminder_but_the_booking_mail_arrives()
    {
        var member = await host.CreateUserAsync();
        await member.Client.SetNotificationsAsync(NotificationSettingsSeen.All with { ConsultationReminders = false });

        await BookAndRemindAsync(member.Email);

        var mails = await host.MailsToAsync(member.Email);
        Assert.Contains(mails, m => m.Category == "consultations.booked");
        Assert.DoesNotContain(mails, m => m.Category == "consultations.reminder");
    }

    [Fact]
    public async Task Given_the_default_settings_When_the_reminder_fires_Then_the_member_is_reminded()
    {
        var member = await host.CreateUserAsync();
        await member.Client.SetNotificationsAsync(NotificationSettingsSeen.All with { SessionReminders = false });

        await BookAndRemindAsync(member.Email);

        Assert.Contains(await host.MailsToAsync(member.Email), m => m.Category == "consultations.reminder");
    }

    private async Task BookAndRemindAsync(string email)
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync();
        await api.ExpertAsync(["documents"]);
        await api.UseCaseAsync();
        var org = Guid.NewGuid();
        var id = await api.AnsweredAsync(org, offering, ConsultationApi.DocsAnswers, email);
        await HttpAnswers.Created(await api.BookAsync(org, id, (await api.SlotsAsync(org, id))[0]));
        await Eventually.Get(async () => await host.MailsToAsync(email), m => m.Any(x => x.Category == "consultations.booked"));
        var trigger = await api.ReminderAsync(id);
        await host.RunJobAsync(trigger!.JobKey, trigger.JobDataMap);
    }
}
