using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Reminders;

/// <summary>How long after a round the organisation is invited to repeat the check (<c>Modules:organisations:MaturityRepeatAfterDays</c>, default 90).</summary>
internal sealed record ReminderDelay(TimeSpan Value)
{
    public static ReminderDelay From(IConfiguration configuration) =>
        new(TimeSpan.FromDays(configuration.GetValue<double?>("MaturityRepeatAfterDays") ?? 90));
}

/// <summary>
/// Invites the organisation's admins to the next round (T1, T2, ...). One trigger per organisation in the
/// clustered store, replaced by each new round; a firing for a round that is no longer the latest does nothing.
/// </summary>
internal sealed class MaturityReminderJob(IDocumentStore store, IMailSender mail, ILogger<MaturityReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("maturity-repeat-reminder", "organisations");
    public const string OrganisationId = "organisationId";
    public const string AssessmentId = "assessmentId";
    public const string MailCategory = "maturity.repeat-reminder";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var organisationId = Guid.Parse(context.MergedJobDataMap.GetString(OrganisationId)!);
        var assessmentId = Guid.Parse(context.MergedJobDataMap.GetString(AssessmentId)!);
        await using var session = store.QuerySession();
        var history = await session.LoadAsync<MaturityHistory>(organisationId, cancellationToken);
        var organisation = await session.LoadAsync<Organisation>(organisationId, cancellationToken);
        if (history?.Latest?.AssessmentId != assessmentId || organisation is not { Erased: false })
        {
            return;
        }
        var admins = await session.LoadManyAsync<Account>(cancellationToken, organisation.Members.Where(m => m.IsAdmin).Select(m => m.AccountId).ToArray());
        foreach (var admin in admins.Where(a => !a.Erased && a.Email is not null))
        {
            await mail.SendAsync(ReminderMail(admin.Email!, organisation.Name, organisationId, history.Latest.Round + 1), cancellationToken);
        }
        logger.LogInformation("Invited organisation {OrganisationId} to round T{Round} of the check", organisationId, history.Latest.Round + 1);
    }

    private static OutgoingMail ReminderMail(string to, string organisation, Guid organisationId, int round)
    {
        var text = $"Guten Tag,\n\nseit dem letzten Digitalisierungs-Check von {organisation} ist einige Zeit vergangen. "
            + $"Wiederholen Sie den Check (Runde T{round}) und sehen Sie, wie sich Ihr Unternehmen entwickelt hat.\n"
            + $"Organisation: {organisationId}\n";
        return new(to, "Zeit für Ihren nächsten Digitalisierungs-Check", "<p>" + System.Net.WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>",
            text, [], MailCategory);
    }

    /// <summary>Replaces the organisation's reminder with one at <paramref name="at"/>; called after the round is committed.</summary>
    public static async Task ScheduleAsync(ISchedulerFactory schedulers, Guid organisationId, Guid assessmentId, DateTimeOffset at, ILogger logger, CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var trigger = new TriggerKey($"maturity-repeat-{organisationId:N}", "organisations");
            await scheduler.UnscheduleJob(trigger, ct);
            await scheduler.ScheduleJob(TriggerBuilder.Create()
                .WithIdentity(trigger)
                .ForJob(Key)
                .UsingJobData(OrganisationId, organisationId.ToString())
                .UsingJobData(AssessmentId, assessmentId.ToString())
                .StartAt(at)
                .Build(), new ScheduleJobOptions(), ct);
        }
        catch (Exception ex)
        {
            // The round is committed; a lost reminder costs a mail, not data.
            logger.LogWarning(ex, "Could not schedule the repeat reminder for organisation {OrganisationId}", organisationId);
        }
    }
}
