using System.Net;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>
/// Upgrade of a deployment whose consultation reminders still sit under the consultations' own job of the version
/// before the catalog kept them (<c>consultation-reminder</c>): the next start gives every booked consultation ahead
/// the catalog's reminder and removes the retired job with its triggers.
/// </summary>
public sealed class RetiredReminderJobTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly JobKey Retired = new("consultation-reminder", "consultations");

    [Fact]
    public async Task A_start_moves_the_reminders_of_the_retired_consultation_job_to_the_catalog()
    {
        using var api = new ConsultationApi(host);
        var (org, id, _, slots) = await api.AnsweredWithSlotsAsync("Raum 1");
        await HttpAnswers.Created(await api.BookAsync(org, id, slots[0]));
        var booked = await api.BookingIdAsync(id);
        var (otherOrg, other, _, otherSlots) = await api.AnsweredWithSlotsAsync("Raum 2");
        await HttpAnswers.Created(await api.BookAsync(otherOrg, other, otherSlots[^1]));
        var cancelled = await api.BookingIdAsync(other);
        await api.ReminderAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(otherOrg, other)).StatusCode);

        // The store as the version before left it: the consultation's reminder under the retired job, none of the catalog's.
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Eventually.Get(async () => (await api.ReminderTriggerAsync(cancelled)) is null ? "gone" : null, _ => true);
        Assert.True(await scheduler.UnscheduleJob(new TriggerKey($"reminder-{booked:N}", "catalog")));
        await scheduler.AddJob(JobBuilder.Create<RetiredJob>().WithIdentity(Retired).StoreDurably().Build(), AddJobOptions.Replacing);
        await scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity($"reminder-{id:N}", "consultations").ForJob(Retired)
            .UsingJobData("consultationId", id.ToString()).StartAt(slots[0] - TimeSpan.FromHours(24)).Build());

        await using (var restarted = new KompetenzzentrumFactory(host.ConnectionString, new Dictionary<string, string?>()))
        {
            _ = restarted.Server;
            await Eventually.Get(async () => (await scheduler.GetJobDetail(Retired)) is null ? "retired" : null, _ => true);
        }

        var reminder = await api.ReminderTriggerAsync(booked);
        Assert.NotNull(reminder);
        Assert.Equal(slots[0] - TimeSpan.FromHours(24), reminder.StartTimeUtc);
        Assert.Equal(booked.ToString(), reminder.JobDataMap.GetString("bookingId"));
        Assert.Null(await api.ReminderTriggerAsync(cancelled));
        Assert.Null(await scheduler.GetTrigger(new TriggerKey($"reminder-{id:N}", "consultations")));
    }

    /// <summary>Stands in for the class of the retired job, which no longer exists.</summary>
    private sealed class RetiredJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
