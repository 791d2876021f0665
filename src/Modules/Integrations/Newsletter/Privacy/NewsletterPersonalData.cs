using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Announcements;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;
using Marten;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Privacy;

/// <summary>
/// A subscriber is personal data: the address, the organisation's name as typed, topics, and the consent history. The export
/// gives the subscriptions of the person's addresses and account (and, for an organisation, of its members) with every consent
/// event, and the "tell me when a date opens" watches. Erasure deletes the subscriber's stream (its id derives from the
/// address, so masking fields would leave it findable by the address) and read model, re-keys the campaign recipient rows
/// to random ids without a subscriber (campaign figures stay), leaves an <see cref="ErasedSubscriber"/> for the counts, and
/// deletes the watches and, for an organisation, its segment profile. The mails themselves are the host outbox's part.
/// </summary>
internal sealed class NewsletterPersonalData(IDocumentStore store) : IPersonalDataEraser, IPersonalDataExporter
{
    public string Section => "integrations";

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var subscribers = await SubscriberIdsAsync(session, subject, cancellationToken);
        foreach (var id in subscribers.Where(id => id.Exists))
        {
            session.Delete<NewsletterSubscriber>(id.Id);
            session.Insert(new ErasedSubscriber(Guid.NewGuid())); // a random id: not even the time of the erasure is kept
        }
        var ids = subscribers.Select(s => s.Id).ToArray();
        foreach (var recipient in await session.Query<CampaignRecipient>().Where(r => ids.Contains(r.SubscriberId)).ToListAsync(cancellationToken))
        {
            session.Delete(recipient);
            session.Insert(recipient with
            {
                Id = Guid.NewGuid(),
                SubscriberId = Guid.Empty,
                State = recipient.State == RecipientState.Queued ? RecipientState.Skipped : recipient.State,
                LeasedUntil = null,
                Error = null,
            });
        }
        var (accounts, emails, organisation) = Keys(subject);
        session.DeleteWhere<SessionWatch>(w => accounts.Contains(w.AccountId) || emails.Contains(w.Email) || w.OrganisationId == organisation);
        if (subject.OrganisationId is { } erased)
        {
            session.Delete<NewsletterOrganisation>(erased);
        }
        var schema = store.Options.Events.DatabaseSchemaName;
        session.QueueSqlCommand($"delete from {schema}.mt_events where stream_id = any(?)", ids);
        session.QueueSqlCommand($"delete from {schema}.mt_streams where id = any(?)", ids);
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var ids = (await SubscriberIdsAsync(session, subject, cancellationToken)).Where(s => s.Exists).Select(s => s.Id).ToArray();
        var subscribers = await session.LoadManyAsync<NewsletterSubscriber>(cancellationToken, ids);
        var subscriptions = new List<object>();
        foreach (var s in subscribers.OrderBy(s => s.RequestedAt))
        {
            var events = await session.Events.FetchStreamAsync(s.Id, token: cancellationToken);
            subscriptions.Add(new
            {
                s.Email,
                Status = s.Status.ToString(),
                s.Organisation,
                s.Topics,
                s.Language,
                s.RequestedAt,
                s.ConfirmedAt,
                s.WithdrawnAt,
                Consent = events.Select(e => ConsentEvent(e.Data)).OfType<object>().ToList(),
            });
        }
        var (accounts, emails, organisation) = Keys(subject);
        var watches = await session.Query<SessionWatch>()
            .Where(w => accounts.Contains(w.AccountId) || emails.Contains(w.Email) || w.OrganisationId == organisation)
            .ToListAsync(cancellationToken);
        return subscriptions.Count == 0 && watches.Count == 0 ? null : new
        {
            NewsletterSubscriptions = subscriptions,
            DateWatches = watches.OrderBy(w => w.At).Select(w => new { w.OfferingId, w.Email, w.Language, w.At }),
        };
    }

    // What the person did and when, with the consent text's version; the token hash is no data about them.
    private static object? ConsentEvent(object data) => data switch
    {
        NewsletterSubscriptionRequested r => new { Event = "requested", r.At, r.Source, TextVersion = (string?)null },
        NewsletterConsentGiven g => new { Event = "consent-given", g.At, g.Source, TextVersion = (string?)g.TextVersion },
        NewsletterConsentWithdrawn w => new { Event = "consent-withdrawn", w.At, w.Source, TextVersion = (string?)null },
        _ => null,
    };

    // Without an organisation the empty id stands in, which no organisation has.
    private static (Guid[] Accounts, string[] Emails, Guid Organisation) Keys(PersonalDataSubject subject) =>
        ([.. subject.AccountIds], [.. subject.Emails.Select(SubscriptionDecider.Normalise)], subject.OrganisationId ?? Guid.Empty);

    // The streams of the subject's addresses (whether or not they exist) and the subscribers of its accounts and organisation.
    private static async Task<IReadOnlyList<(Guid Id, bool Exists)>> SubscriberIdsAsync(
        IQuerySession session, PersonalDataSubject subject, CancellationToken ct)
    {
        var (accounts, emails, organisation) = Keys(subject);
        var byAddress = emails.Select(NewsletterTokens.SubscriberIdOf).ToArray();
        var found = await session.Query<NewsletterSubscriber>()
            .Where(s => byAddress.Contains(s.Id) || (s.AccountId != null && accounts.Contains(s.AccountId.Value))
                || s.OrganisationId == organisation)
            .Select(s => s.Id).ToListAsync(ct);
        return [.. found.Select(id => (id, true)), .. byAddress.Except(found).Select(id => (id, false))];
    }
}
