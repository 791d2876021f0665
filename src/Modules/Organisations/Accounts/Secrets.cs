using System.Security.Cryptography;
using System.Text;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// One-time tokens (confirmation, reset, invitation, access tokens): 256 random bits, handed out once and
/// stored only as SHA-256. A fast hash is right for such tokens, unlike passwords, because they cannot be guessed.
/// </summary>
internal static class Secrets
{
    public static string NewToken(string prefix = "") =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string? token, string? hash) =>
        token is not null && hash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));
}
