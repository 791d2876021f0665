using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;
using Marten;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;

/// <summary>The use cases of campaigns, shared by the API and the staff pages: draft, view, preview, send.</summary>
internal sealed class NewsletterCampaigns(
    IDocumentStore store, IEnumerable<OfferingTypeDefinition> types, NewsletterOptions options, TimeProvider clock,
    ITemplateRenderer templates, ITexts texts)
{
    private IReadOnlySet<string> OfferingTypes { get; } = types.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

    public async Task<Result<Campaign>> DraftAsync(DraftCampaign body, CancellationToken ct)
    {
        var bodyErrors = string.IsNullOrWhiteSpace(body.Body) ? [] : templates.Validate(body.Body, NewsletterMail.Sample);
        var result = CampaignDecider.Draft(body, bodyErrors, OfferingTypes, Ids.New(clock), clock.GetUtcNow());
        if (result.Succeeded)
        {
            await using var session = store.LightweightSession();
            session.Insert(result.Value);
            await session.SaveChangesAsync(ct);
        }
        return result;
    }

    /// <summary>How many confirmed subscribers a segment reaches now.</summary>
    public async Task<Result<int>> CountAsync(Segment segment, CancellationToken ct)
    {
        var errors = segment.Check(OfferingTypes).ToList();
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        await using var session = store.QuerySession();
        return (await SegmentRecipients.ResolveAsync(session, segment, ct)).Count;
    }

    public async Task<IReadOnlyList<CampaignView>> ListAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var campaigns = await session.Query<Campaign>().OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(ct);
        var views = new List<CampaignView>();
        foreach (var campaign in campaigns)
        {
            views.Add(await ViewAsync(session, campaign, ct));
        }
        return views;
    }

    public async Task<CampaignView?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<Campaign>(id, ct) is { } campaign ? await ViewAsync(session, campaign, ct) : null;
    }

    /// <summary>The campaign rendered for the first recipient of its segment, or for a made-up one when it has none.</summary>
    public async Task<Result<CampaignPreview>> PreviewAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<Campaign>(id, ct) is not { } campaign)
        {
            return Refusal.NotFound(CampaignDecider.NotFound);
        }
        var recipients = await SegmentRecipients.ResolveAsync(session, campaign.Segment, ct);
        var sample = recipients.Count > 0 ? recipients[0] : new NewsletterSubscriber(
            Guid.Empty, NewsletterMail.Sample.Email, NewsletterMail.Sample.Organisation,
            null, [], campaign.Language, SubscriberStatus.Confirmed, null, clock.GetUtcNow(), null, null);
        try
        {
            var mail = NewsletterMail.Build(campaign, sample, "vorschau", Guid.Empty, options, templates, texts);
            return new CampaignPreview(mail.Subject, mail.TextBody, sample.Email, recipients.Count);
        }
        catch (TemplateRenderException ex)
        {
            return Refusal.Invalid(ex.Errors.Select(e => new FieldError("body", CampaignDecider.BodyInvalid,
                TextArgs.Of(("line", e.Line), ("column", e.Column), ("message", e.Message)))));
        }
    }

    /// <summary>
    /// Sends: queues one recipient row per confirmed subscriber of the segment, in the transaction that marks the campaign
    /// sent (a second send, also from another host at once, is refused); <see cref="CampaignDispatchJob"/> mails them.
    /// </summary>
    public async Task<Result<Campaign>> SendAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var campaign = await session.LoadAsync<Campaign>(id, ct);
        var recipients = campaign is null ? [] : await SegmentRecipients.ResolveAsync(session, campaign.Segment, ct);
        var now = clock.GetUtcNow();
        var result = CampaignDecider.Send(campaign, recipients.Count, now);
        if (!result.Succeeded)
        {
            return result;
        }
        session.Store(result.Value); // versioned: of two sends at once, one loses
        session.Insert(recipients.Select(r => new CampaignRecipient(RecipientIdOf(id, r.Id), id, r.Id, RecipientState.Queued, now)).ToArray());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is JasperFx.ConcurrencyException or JasperFx.DocumentAlreadyExistsException)
        {
            return Refusal.Conflict(CampaignDecider.AlreadySent);
        }
        return result;
    }

    public static Guid RecipientIdOf(Guid campaignId, Guid subscriberId) => Ids.Derived($"newsletter-recipient:{campaignId:N}", subscriberId);

    private async Task<CampaignView> ViewAsync(IQuerySession session, Campaign c, CancellationToken ct)
    {
        var states = await session.Query<CampaignRecipient>().Where(r => r.CampaignId == c.Id).Select(r => r.State).ToListAsync(ct);
        var size = c.Status == CampaignStatus.Draft ? (await SegmentRecipients.ResolveAsync(session, c.Segment, ct)).Count : c.Queued;
        int Count(RecipientState s) => states.Count(x => x == s);
        return new CampaignView(c.Id, c.Subject, c.Body, c.Language, c.Segment, c.Status, c.CreatedAt, c.SentAt, size,
            Count(RecipientState.Queued), Count(RecipientState.Sent), Count(RecipientState.Failed), Count(RecipientState.Skipped));
    }
}
