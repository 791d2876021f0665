using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.CalendarFeeds;

/// <summary>A feed as its owner sees it: never with its token, which is shown once.</summary>
internal sealed record FeedSummary(Guid Id, string Scope, Guid? SubjectId, DateTimeOffset CreatedAt);

/// <summary>A newly issued feed: the token and the address to subscribe to, shown this once.</summary>
internal sealed record IssuedFeed(Guid Id, string Scope, Guid? SubjectId, string Token, string Url);

/// <summary>
/// Calendar subscriptions, shared by the API and the page: issue (decided by <see cref="CalendarFeedDecider"/>), list
/// one's own, regenerate (the old address stops, a new one shows the same dates) and revoke; read a feed by its token.
/// </summary>
internal static class CalendarFeeds
{
    public const string FeedPath = "/kalender/abo";

    public static async Task<Result<IssuedFeed>> IssueAsync(
        IssueCalendarFeed command, ClaimsPrincipal user, string origin, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var decided = CalendarFeedDecider.Issue(command, user);
        if (decided.Refusal is { } refused)
        {
            return refused;
        }
        var issued = Store(decided.Value!, user, origin, session, clock);
        await session.SaveChangesAsync(ct);
        return issued;
    }

    public static async Task<IReadOnlyList<FeedSummary>> MineAsync(ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var account = user.AccountId() ?? Guid.Empty;
        var feeds = await session.Query<CalendarFeed>().Where(f => f.CreatedBy == account && f.RevokedAt == null).ToListAsync(ct);
        return [.. feeds.OrderBy(f => f.CreatedAt).Select(f => new FeedSummary(f.Id, Name(f.Scope), f.SubjectId, f.CreatedAt))];
    }

    public static async Task<Result<IssuedFeed>> RegenerateAsync(
        Guid id, ClaimsPrincipal user, string origin, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var feed = await session.LoadAsync<CalendarFeed>(id, ct);
        if (CalendarFeedDecider.MayChange(feed, user) is { } refused)
        {
            return refused;
        }
        session.Store(feed! with { RevokedAt = clock.GetUtcNow() });
        var issued = Store(new FeedSubject(feed!.Scope, feed.SubjectId, feed.PartnerCenter), user, origin, session, clock);
        await session.SaveChangesAsync(ct);
        return issued;
    }

    public static async Task<Refusal?> RevokeAsync(Guid id, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var feed = await session.LoadAsync<CalendarFeed>(id, ct);
        if (CalendarFeedDecider.MayChange(feed, user) is { } refused)
        {
            return refused;
        }
        session.Store(feed! with { RevokedAt = clock.GetUtcNow() });
        await session.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The live feed behind <paramref name="token"/>, or null for an unknown or revoked one.</summary>
    public static async Task<CalendarFeed?> FindAsync(string token, IQuerySession session, CancellationToken ct)
    {
        var hash = CalendarFeed.Hash(token);
        return await session.Query<CalendarFeed>().Where(f => f.TokenHash == hash && f.RevokedAt == null).FirstOrDefaultAsync(ct);
    }

    private static IssuedFeed Store(FeedSubject subject, ClaimsPrincipal user, string origin, IDocumentSession session, TimeProvider clock)
    {
        var token = CalendarFeed.NewToken();
        var feed = new CalendarFeed(Ids.New(clock), CalendarFeed.Hash(token), subject.Scope, subject.SubjectId, subject.PartnerCenter,
            user.AccountId() ?? Guid.Empty, clock.GetUtcNow());
        session.Store(feed);
        return new IssuedFeed(feed.Id, Name(feed.Scope), feed.SubjectId, token, $"{origin.TrimEnd('/')}{FeedPath}/{token}.ics");
    }

    private static string Name(FeedScope scope) => scope.ToString().ToLowerInvariant();
}
