using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

/// <summary>
/// Confirmation tokens are random and kept only as their SHA-256 hash. Unsubscribe tokens name the subscriber, protected by
/// Data Protection (key ring in PostgreSQL, shared by every host): every mail can carry one without storing it, and a
/// forged or altered one does not open.
/// </summary>
internal sealed class NewsletterTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _unsubscribe = protection.CreateProtector("Kompetenzzentrum.Integrations.Newsletter.Unsubscribe.v1");

    public static string NewConfirmationToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A stable id of the address's stream.</summary>
    public static Guid SubscriberIdOf(string normalisedEmail) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("newsletter-subscriber:" + normalisedEmail)).AsSpan(0, 16));

    public string UnsubscribeToken(Guid subscriberId) => _unsubscribe.Protect(subscriberId.ToString("N"));

    public Guid? SubscriberOf(string token)
    {
        try
        {
            return Guid.TryParseExact(_unsubscribe.Unprotect(token), "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
