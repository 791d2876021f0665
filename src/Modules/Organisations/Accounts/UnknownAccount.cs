using Microsoft.AspNetCore.Identity;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Sign-in of an address without an account verifies the password against a dummy hash made by the same hasher,
/// so it takes as long as a wrong password for a real account and the answer's timing does not reveal which
/// addresses have accounts.
/// </summary>
internal static class UnknownAccount
{
    private static readonly Account Nobody = new() { Id = Guid.Empty };
    private static string? _dummyHash;

    public static void VerifyPassword(IPasswordHasher<Account> hasher, string? password)
    {
        if (password is null)
        {
            return; // a real account skips hashing for a missing password too
        }
        var hash = _dummyHash ??= hasher.HashPassword(Nobody, Secrets.NewToken());
        _ = hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
