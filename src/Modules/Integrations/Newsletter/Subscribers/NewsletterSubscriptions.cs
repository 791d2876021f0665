using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Marten;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

/// <summary>The use cases of the double opt-in, shared by the API and the pages: load, decide, append, then mail.</summary>
internal sealed class NewsletterSubscriptions(
    IDocumentStore store, NewsletterTokens tokens, NewsletterOptions options, TimeProvider clock, ITemplateRenderer templates, ITexts texts,
    IMailSender mail)
{
    /// <summary>Asks for the newsletter; a confirmation link is mailed unless the address is already confirmed.</summary>
    public async Task<Result<bool>> SubscribeAsync(SubscribeNewsletter body, Subscriber who, CancellationToken ct)
    {
        var id = NewsletterTokens.SubscriberIdOf(SubscriptionDecider.Normalise(body.Email ?? ""));
        var token = NewsletterTokens.NewConfirmationToken();
        var hash = NewsletterTokens.Hash(token);
        var decided = await DecideAsync(id, current => SubscriptionDecider.Request(current, body, who, id, hash, clock.GetUtcNow()), ct);
        if (decided.Refusal is { } refusal)
        {
            return refusal;
        }
        if (decided.Value.OfType<NewsletterSubscriptionRequested>().FirstOrDefault() is { } requested)
        {
            await ConfirmationMail.SendAsync(requested.Email, requested.Language, token, options, templates, texts, mail, ct);
        }
        return true;
    }

    /// <summary>Confirms with the mailed token: consent given.</summary>
    public async Task<Result<bool>> ConfirmAsync(string token, string source, CancellationToken ct)
    {
        var hash = NewsletterTokens.Hash(token);
        await using var query = store.QuerySession();
        var found = await query.Query<NewsletterSubscriber>().Where(s => s.TokenHash == hash).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Refusal.NotFound(SubscriptionDecider.TokenUnknown);
        }
        var decided = await DecideAsync(found.Id,
            current => SubscriptionDecider.Confirm(current, hash, source, options.ConsentTextVersion, clock.GetUtcNow()), ct);
        return decided.Refusal is { } refusal ? refusal : true;
    }

    /// <summary>Unsubscribes with the token of a mail's link: consent withdrawn (again: nothing changes).</summary>
    public async Task<Result<bool>> UnsubscribeAsync(string token, string source, CancellationToken ct)
    {
        if (tokens.SubscriberOf(token) is not { } id)
        {
            return Refusal.NotFound(SubscriptionDecider.TokenUnknown);
        }
        var decided = await DecideAsync(id, current => SubscriptionDecider.Withdraw(current, source, clock.GetUtcNow()), ct);
        return decided.Refusal is { } refusal ? refusal : true;
    }

    /// <summary>Whether the unsubscribe token names a subscriber (for the confirm page).</summary>
    public async Task<NewsletterSubscriber?> FindByUnsubscribeTokenAsync(string token, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        return tokens.SubscriberOf(token) is { } id ? await query.LoadAsync<NewsletterSubscriber>(id, ct) : null;
    }

    // The stream of one address: two requests at once append in turn, the loser decides again on what the winner wrote.
    private async Task<Result<IReadOnlyList<object>>> DecideAsync(Guid id, Func<NewsletterSubscriber?, Decision> decide, CancellationToken ct)
    {
        for (var round = 0; ; round++)
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<NewsletterSubscriber>(id, ct);
            var decision = decide(stream.Aggregate);
            if (decision.Refused is { } refused)
            {
                return refused;
            }
            if (decision.Events.Count == 0)
            {
                return Result.Success(decision.Events);
            }
            stream.AppendMany(decision.Events);
            try
            {
                await session.SaveChangesAsync(ct);
                return Result.Success(decision.Events);
            }
            catch (JasperFx.ConcurrencyException) when (round < 5)
            {
            }
        }
    }
}
