using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;
using Marten;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;

/// <summary>Resolves a segment to its confirmed subscribers (read once when a campaign is counted, previewed or sent).</summary>
internal static class SegmentRecipients
{
    public static async Task<IReadOnlyList<NewsletterSubscriber>> ResolveAsync(IQuerySession session, Segment segment, CancellationToken ct)
    {
        var confirmed = await session.Query<NewsletterSubscriber>().Where(s => s.Status == SubscriberStatus.Confirmed)
            .OrderBy(s => s.Email).ToListAsync(ct);
        var organisationIds = confirmed.Where(s => s.OrganisationId is not null).Select(s => s.OrganisationId!.Value).Distinct().ToArray();
        var organisations = organisationIds.Length == 0
            ? new Dictionary<Guid, NewsletterOrganisation>()
            : (await session.LoadManyAsync<NewsletterOrganisation>(ct, organisationIds)).ToDictionary(o => o.Id);
        return confirmed.Where(s => segment.Matches(s, s.OrganisationId is { } o ? organisations.GetValueOrDefault(o) : null)).ToList();
    }
}
