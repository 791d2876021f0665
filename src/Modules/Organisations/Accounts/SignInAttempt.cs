using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Records a sign-in attempt so that every failure counts, however many arrive at once and on however many hosts:
/// the account's stream row is locked in PostgreSQL while deciding, so concurrent attempts decide one after another,
/// each on the failures before it, and the fifth locks the account.
/// </summary>
internal static class SignInAttempt
{
    public static async Task<(AccountRules.SignInOutcome Outcome, Account Account)> RecordAsync(
        IDocumentSession session,
        Account found,
        string? password,
        AccountSession started,
        IPasswordHasher<Account> hasher,
        TimeProvider clock,
        CancellationToken ct)
    {
        // The hash is checked outside the lock (it takes a while on purpose) and again only if the password changed meanwhile.
        var (checkedHash, matches) = (found.PasswordHash, Verify(hasher, found, password));
        var (outcome, events) = AccountRules.SignIn(found, matches, clock.GetUtcNow(), started);
        if (events.Length == 0)
        {
            return (outcome, found); // locked or unconfirmed: nothing to record, no lock to take
        }
        return await session.RetryOnConflictAsync(async token =>
        {
            var stream = await session.Events.FetchForExclusiveWriting<Account>(found.Id, token);
            var account = stream.Aggregate ?? found;
            if (account.PasswordHash != checkedHash)
            {
                (checkedHash, matches) = (account.PasswordHash, Verify(hasher, account, password));
            }
            var decided = AccountRules.SignIn(account, matches, clock.GetUtcNow(), started);
            stream.AppendMany(decided.Events);
            await session.SaveChangesAsync(token);
            return (decided.Outcome, account);
        }, ct);
    }

    /// <summary>A wrong current password given to change the password counts like a failed sign-in (and may lock).</summary>
    public static Task<AccountRules.SignInOutcome> RecordFailureAsync(
        IDocumentSession session, Account found, TimeProvider clock, CancellationToken ct) =>
        session.RetryOnConflictAsync(async token =>
        {
            var stream = await session.Events.FetchForExclusiveWriting<Account>(found.Id, token);
            var (outcome, events) = AccountRules.SignIn(stream.Aggregate ?? found, passwordMatches: false, clock.GetUtcNow());
            stream.AppendMany(events);
            await session.SaveChangesAsync(token);
            return outcome;
        }, ct);

    private static bool Verify(IPasswordHasher<Account> hasher, Account account, string? password) =>
        password is not null && account.PasswordHash.Length > 0
        && hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
}
