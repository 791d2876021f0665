using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Notifications;

namespace Kompetenzzentrum.Organisations.Tests.Notifications;

/// <summary>Changing the notification settings as a pure decision: no host, no database.</summary>
public sealed class NotificationDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Account Default = new() { Id = Guid.NewGuid() };

    [Fact]
    public void Given_the_default_When_surveys_are_switched_off_Then_only_surveys_are_muted()
    {
        var decision = NotificationDecider.Change(Default, new NotificationSettings(true, true, false, true), Now);

        var changed = Assert.IsType<NotificationPreferencesChanged>(Assert.Single(decision.Events));
        Assert.Equal([NotificationKind.FeedbackSurveys], changed.Muted);
    }

    [Fact]
    public void Given_muted_reminders_When_the_same_settings_come_again_Then_nothing_is_recorded()
    {
        var muted = Default with { MutedNotifications = [NotificationKind.SessionReminders] };

        var decision = NotificationDecider.Change(muted, new NotificationSettings(false, true, true, true), Now);

        Assert.False(decision.IsRefused);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_a_missing_answer_Then_it_is_refused_naming_the_field_and_nothing_is_recorded()
    {
        var decision = NotificationDecider.Change(Default, new NotificationSettings(true, null, true, null), Now);

        Assert.Equal(RefusalKind.Invalid, decision.Refused!.Kind);
        Assert.Equal(["consultationReminders", "maturityPrompts"], decision.Refused.Fields.Select(f => f.Field));
        Assert.Empty(decision.Events);
    }
}
