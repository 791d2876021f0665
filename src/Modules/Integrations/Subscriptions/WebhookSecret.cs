using System.Security.Cryptography;

namespace Kompetenzzentrum.Modules.Integrations.Subscriptions;

/// <summary>A new signing secret in the Standard Webhooks form: <c>whsec_</c> and 32 random bytes in base64.</summary>
internal static class WebhookSecret
{
    public const string Prefix = "whsec_";

    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
