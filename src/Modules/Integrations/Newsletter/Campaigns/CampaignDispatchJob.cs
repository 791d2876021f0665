using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;

/// <summary>
/// The throttle: each run claims at most <see cref="NewsletterOptions.MailsPerRun"/> queued recipients (<c>for update skip
/// locked</c> with a lease, so workers on several hosts never claim one twice) and queues their mails in the outbox under
/// the recipient's id (a worker that crashed after queuing leaves a mail the retry finds there), then marks them sent.
/// State lives in PostgreSQL: a restart goes on where the last run stopped.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class CampaignDispatchJob(
    IDocumentStore store, NpgsqlDataSource database, NewsletterTokens tokens, NewsletterOptions options, TimeProvider clock,
    ITemplateRenderer templates, ITexts texts, IMailSender mail, ILogger<CampaignDispatchJob> logger) : IJob
{
    public static readonly JobKey Key = new("newsletter-dispatch", "integrations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunOnceAsync(cancellationToken);

    /// <summary>One run; returns how many recipients it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var ids = await ClaimAsync(clock.GetUtcNow(), ct);
        if (ids.Count == 0)
        {
            return 0;
        }
        await using var session = store.LightweightSession();
        var recipients = await session.LoadManyAsync<CampaignRecipient>(ct, ids);
        var campaigns = (await session.LoadManyAsync<Campaign>(ct, recipients.Select(r => r.CampaignId).Distinct())).ToDictionary(c => c.Id);
        var subscribers = (await session.LoadManyAsync<NewsletterSubscriber>(ct, recipients.Select(r => r.SubscriberId).Distinct()))
            .ToDictionary(s => s.Id);
        foreach (var recipient in recipients)
        {
            if (subscribers.GetValueOrDefault(recipient.SubscriberId) is not { } subscriber)
            {
                // Erased after this pass claimed it: the erasure left an anonymous copy of the row; storing this one would bring back
                // the subscriber id it removed.
                session.Delete(recipient);
                continue;
            }
            session.Store(await SendAsync(recipient, campaigns[recipient.CampaignId], subscriber, ct));
        }
        await session.SaveChangesAsync(ct);
        logger.LogDebug("Queued newsletter mails of {Count} recipients", ids.Count);
        return ids.Count;
    }

    private async Task<CampaignRecipient> SendAsync(
        CampaignRecipient recipient, Campaign campaign, NewsletterSubscriber subscriber, CancellationToken ct)
    {
        var done = recipient with { LeasedUntil = null, SentAt = clock.GetUtcNow() };
        if (subscriber.Status != SubscriberStatus.Confirmed)
        {
            return done with { State = RecipientState.Skipped }; // withdrew after the campaign was sent
        }
        try
        {
            var message = NewsletterMail.Build(campaign, subscriber, tokens.UnsubscribeToken(subscriber.Id), recipient.Id, options, templates, texts);
            await mail.SendAsync(message, ct);
            return done with { State = RecipientState.Sent };
        }
        catch (TemplateRenderException ex)
        {
            return done with { State = RecipientState.Failed, Error = ex.Message };
        }
    }

    private async Task<IReadOnlyList<Guid>> ClaimAsync(DateTimeOffset now, CancellationToken ct)
    {
        var table = store.Options.Schema.For<CampaignRecipient>();
        await using var command = database.CreateCommand(
            $"update {table} set leased_until = @until where id in (select id from {table} "
            + "where state = 'Queued' and (leased_until is null or leased_until < @now) "
            + "order by queued_at, id limit @limit for update skip locked) returning id");
        command.Parameters.AddWithValue("until", now + options.Lease);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("limit", options.MailsPerRun);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }
}
