using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;

namespace Kompetenzzentrum.Modules.Catalog.CalendarFeeds;

/// <summary>What a feed request asks for: a scope (<c>organisation</c>, <c>sessions</c>, <c>expert</c>) and whose.</summary>
internal sealed record IssueCalendarFeed(string? Scope, Guid? OrganisationId, Guid? ExpertId);

/// <summary>Whose dates an issued feed shows.</summary>
internal sealed record FeedSubject(FeedScope Scope, Guid? SubjectId, string? PartnerCenter);

/// <summary>
/// Who may subscribe to which dates (pure): members to their organisation's bookings, staff to any organisation's,
/// staff to the sessions they manage (partner staff: their center's), staff to an expert's booked slots.
/// </summary>
internal static class CalendarFeedDecider
{
    public static Result<FeedSubject> Issue(IssueCalendarFeed command, ClaimsPrincipal user)
    {
        switch (command.Scope?.Trim().ToLowerInvariant())
        {
            case "organisation":
                if ((command.OrganisationId ?? user.OrganisationId()) is not { } organisation)
                {
                    return Refusal.Invalid("organisationId", "catalog.feed-organisation-required");
                }
                return user.MaySee(organisation)
                    ? new FeedSubject(FeedScope.Organisation, organisation, null)
                    : Refusal.Forbidden("catalog.feed-not-yours");
            case "sessions":
                if (user.IsStaff())
                {
                    return new FeedSubject(FeedScope.Sessions, null, null);
                }
                return user.OwningPartnerCenter() is { } center
                    ? new FeedSubject(FeedScope.Sessions, null, center)
                    : Refusal.Forbidden("catalog.feed-staff-only");
            case "expert":
                if (!user.IsStaff())
                {
                    return Refusal.Forbidden("catalog.feed-staff-only");
                }
                return command.ExpertId is { } expert && expert != Guid.Empty
                    ? new FeedSubject(FeedScope.Expert, expert, null)
                    : Refusal.Invalid("expertId", "catalog.feed-expert-required");
            default:
                return Refusal.Invalid("scope", "catalog.feed-scope-unknown");
        }
    }

    /// <summary>Only who issued a feed, or staff, may revoke or regenerate it.</summary>
    public static Refusal? MayChange(CalendarFeed? feed, ClaimsPrincipal user) =>
        feed is null || feed.RevokedAt is not null || (feed.CreatedBy != user.AccountId() && !user.IsStaff())
            ? Refusal.NotFound("catalog.feed-not-found")
            : null;
}
