using System.Security.Cryptography;
using System.Text;

namespace Kompetenzzentrum.Modules.Catalog.CalendarFeeds;

/// <summary>Whose dates a calendar feed shows.</summary>
internal enum FeedScope
{
    /// <summary>An organisation's bookings, whatever their status (cancelled ones so that calendars drop them).</summary>
    Organisation,

    /// <summary>The scheduled sessions staff run: all of the center's, or a partner center's own.</summary>
    Sessions,

    /// <summary>The booked slots of one expert (a slot source's resource).</summary>
    Expert,
}

/// <summary>
/// A calendar subscription (<c>mt_doc_calendarfeed</c>). Its secret token is shown once and kept only as a SHA-256
/// hash, so the table opens no calendar; revoking stops the feed at once and regenerating issues a new token for the
/// same dates.
/// </summary>
/// <param name="Id">The feed.</param>
/// <param name="TokenHash">SHA-256 of the token in the feed's address, lower-case hex.</param>
/// <param name="Scope">Whose dates.</param>
/// <param name="SubjectId">The organisation or the expert; null for <see cref="FeedScope.Sessions"/>.</param>
/// <param name="PartnerCenter">For a partner staff member's sessions feed: the center whose sessions it shows.</param>
/// <param name="CreatedBy">The account that issued it; only it and staff may revoke it.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
internal sealed record CalendarFeed(
    Guid Id,
    string TokenHash,
    FeedScope Scope,
    Guid? SubjectId,
    string? PartnerCenter,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt = null)
{
    /// <summary>A new random token: 32 bytes, base64url, safe in a path.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of <paramref name="token"/>.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
