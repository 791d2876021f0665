using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Marten;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Announcements;

/// <summary>Starts a watch for the signed-in member (its own address and organisation), for the API and the offering page's form.</summary>
internal static class SessionWatches
{
    public const string OfferingNotFound = "integrations.newsletter.offering-not-found";
    public const string NoAddress = "integrations.newsletter.no-address";

    public static async Task<Result<SessionWatch>> WatchAsync(
        Guid offeringId, ClaimsPrincipal user, string language, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<WatchableOffering>(offeringId, ct) is null)
        {
            return Refusal.NotFound(OfferingNotFound);
        }
        if (user.FindFirst(ClaimTypes.Email)?.Value is not { Length: > 0 } email || user.AccountId() is not { } account)
        {
            return Refusal.Forbidden(NoAddress);
        }
        var id = SessionWatch.IdOf(offeringId, account);
        if (await session.LoadAsync<SessionWatch>(id, ct) is { } existing)
        {
            return existing;
        }
        var watch = new SessionWatch(id, offeringId, account, user.OrganisationId(),
            email.Trim().ToLowerInvariant(), language, clock.GetUtcNow());
        session.Store(watch);
        await session.SaveChangesAsync(ct);
        return watch;
    }
}
