using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Reminders;

/// <summary>
/// How long after the first offering an organisation completed since its latest round it is invited to the
/// next round (<c>Modules:organisations:MaturityRepeatAfterDays</c>, default 90), and how often the job looks
/// for due invitations (<c>MaturityPromptSweepMinutes</c>, default 15).
/// </summary>
internal sealed record ReminderDelay(TimeSpan Value, TimeSpan SweepInterval)
{
    public static ReminderDelay From(IConfiguration configuration) => new(
        TimeSpan.FromDays(configuration.GetValue<double?>("MaturityRepeatAfterDays") ?? 90),
        TimeSpan.FromMinutes(Math.Max(configuration.GetValue<double?>("MaturityPromptSweepMinutes") ?? 15, 1.0 / 60)));
}

/// <summary>
/// Invites the admins of organisations whose next round is due (T1, T2, ...; T0 for one that completed offerings
/// without a check). Runs on a repeating trigger and reads time from <see cref="TimeProvider"/>; the clustered
/// store runs it on one node at a time, and a sent prompt is recorded before its mails, so none is sent twice.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class MaturityReminderJob(
    IDocumentStore store, IMailSender mail, TimeProvider clock, ReminderDelay delay, ILogger<MaturityReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("maturity-repeat-reminder", "organisations");
    public static readonly TriggerKey Sweep = new("maturity-prompt-sweep", "organisations");
    public const string MailCategory = "maturity.repeat-reminder";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var startedBefore = now - delay.Value;
        await using var query = store.QuerySession();
        var due = await query.Query<MaturityFollowUp>()
            .Where(f => !f.Prompted && f.FirstCompletedAt != null && f.FirstCompletedAt <= startedBefore)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var followUp in due.Where(f => f.IsDue(delay.Value, now)))
        {
            await PromptAsync(query, followUp, now, cancellationToken);
        }
    }

    private async Task PromptAsync(IQuerySession query, MaturityFollowUp followUp, DateTimeOffset now, CancellationToken ct)
    {
        await using (var session = store.LightweightSession())
        {
            session.Events.Append(MaturityPromptStreams.Of(followUp.Id), new MaturityPromptSent(followUp.Id, followUp.NextRound, now));
            await session.SaveChangesAsync(ct);
        }
        if (await query.LoadAsync<Organisation>(followUp.Id, ct) is not { Erased: false } organisation)
        {
            return;
        }
        var admins = await query.LoadManyAsync<Account>(ct, organisation.Members.Where(m => m.IsAdmin).Select(m => m.AccountId).ToArray());
        // An admin who opted out of these prompts (notification settings) is left out; the prompt still counts as sent.
        foreach (var admin in admins.Where(a => !a.Erased && a.Email is not null && !a.MutedNotifications.Contains(NotificationKind.MaturityPrompts)))
        {
            var reminder = ReminderMail(admin.Email!, organisation.Name, followUp.Id, followUp.NextRound);
            await mail.SendAsync(reminder with { OrganisationId = organisation.Id, AccountId = admin.Id }, ct);
        }
        logger.LogInformation("Invited organisation {OrganisationId} to round T{Round} of the check", followUp.Id, followUp.NextRound);
    }

    private static OutgoingMail ReminderMail(string to, string organisation, Guid organisationId, int round)
    {
        var text = round == 0
            ? $"Guten Tag,\n\n{organisation} hat Angebote des Kompetenzzentrums abgeschlossen. Machen Sie jetzt den Digitalisierungs-Check "
                + "(Runde T0), damit wir Ihnen passende nächste Schritte empfehlen können.\n"
            : $"Guten Tag,\n\n{organisation} hat seit dem letzten Digitalisierungs-Check Angebote abgeschlossen. "
                + $"Wiederholen Sie den Check (Runde T{round}) und sehen Sie, wie sich Ihr Unternehmen entwickelt hat.\n";
        text += $"Organisation: {organisationId}\n";
        var html = MailBody.Html(text);
        return new(to, "Zeit für Ihren nächsten Digitalisierungs-Check", html, text, [], MailCategory);
    }
}
