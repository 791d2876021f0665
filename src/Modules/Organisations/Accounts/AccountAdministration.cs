using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// What platform administrators do with accounts, shared by the API (<see cref="RoleEndpoints"/>) and the back-office page
/// (<see cref="AccountAdminPages"/>): grant and revoke roles, lock and unlock, send the confirmation again. Each loads the
/// account itself and retries a concurrent write on fresh state; a refusal changes nothing.
/// </summary>
internal static class AccountAdministration
{
    public const string NotFound = "organisations.accounts.not-found";
    public const string AlreadyConfirmed = "organisations.accounts.already-confirmed";

    /// <summary>The roles an administrator may grant (organisation membership comes from joining an organisation).</summary>
    public static readonly string[] Grantable = [Roles.PlatformAdmin, Roles.CenterStaff, Roles.PartnerStaff, Roles.Analyst];

    /// <summary>
    /// Grants a role, and with a named center makes the account belong to it (<paramref name="centers"/>: the known centers,
    /// null without the centers module, when any name is taken as given).
    /// </summary>
    public static async Task<Refusal?> GrantAsync(
        Guid id, RoleEndpoints.Grant body, ICenterDirectory? centers, IDocumentSession session, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (body.Role is null || !Grantable.Contains(body.Role))
        {
            errors.Add(new FieldError("role", "organisations.role.unknown", TextArgs.Of(("roles", string.Join(", ", Grantable)))));
        }
        if (body.Role == Roles.PartnerStaff && string.IsNullOrWhiteSpace(body.PartnerCenter))
        {
            errors.Add(new FieldError("partnerCenter", "organisations.role.partner-center-required"));
        }
        if (body.PartnerCenter is { Length: > 100 })
        {
            errors.Add(new FieldError("partnerCenter", "organisations.accounts.partner-center-too-long"));
        }
        var home = await HomeCenterAsync(body.Center, centers, errors, ct);
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var center = body.Role == Roles.PartnerStaff ? body.PartnerCenter!.Trim() : null;
        return await WriteAsync(session, id, _ => Decision.Accept(new RoleGranted(id, body.Role!, center, home)), ct);
    }

    /// <summary>Takes a role (<see cref="RoleDecider"/>): never the administrator role of the last active administrator.</summary>
    public static Task<Refusal?> RevokeAsync(Guid id, string role, IDocumentSession session, CancellationToken ct) =>
        WriteAsync(session, id, async (account, token) =>
            RoleDecider.Revoke(account, role, await ActiveAdminsAsync(session, token)), ct);

    /// <summary>Locks the account (<see cref="AccountLockDecider"/>): it cannot sign in and its sessions end.</summary>
    public static Task<Refusal?> LockAsync(Guid id, Guid by, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        WriteAsync(session, id, async (account, token) =>
            AccountLockDecider.Lock(account, by, await ActiveAdminsAsync(session, token), clock.GetUtcNow()), ct);

    /// <summary>Unlocks the account, also from a lockout after failed sign-ins (<see cref="AccountLockDecider"/>).</summary>
    public static Task<Refusal?> UnlockAsync(Guid id, Guid by, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        WriteAsync(session, id, account => AccountLockDecider.Unlock(account, by, clock.GetUtcNow()), ct);

    /// <summary>Mails a new confirmation code (the old one stops counting) to an account whose address is not confirmed.</summary>
    public static async Task<Refusal?> ResendConfirmationAsync(
        Guid id, Guid by, IDocumentSession session, IMailSender mail, TimeProvider clock, CancellationToken ct)
    {
        var token = Secrets.NewToken();
        Account? confirmed = null;
        var refusal = await WriteAsync(session, id, account =>
        {
            confirmed = account;
            return account.EmailConfirmed
                ? Refusal.Conflict(AlreadyConfirmed)
                : Decision.Accept(new ConfirmationReissued(id, Secrets.Hash(token), by, clock.GetUtcNow()));
        }, ct);
        if (refusal is null && confirmed is { Email: { } email })
        {
            await mail.SendAsync(AccountMails.Confirmation(email, confirmed.DisplayName, token), ct);
        }
        return refusal;
    }

    // The center as its short name is spelt, or null when none was named; an unknown one is a field error.
    private static async Task<string?> HomeCenterAsync(string? named, ICenterDirectory? centers, List<FieldError> errors, CancellationToken ct)
    {
        if (named?.Trim() is not { Length: > 0 } name)
        {
            return null;
        }
        if (name.Length > 100)
        {
            errors.Add(new FieldError("center", "organisations.accounts.partner-center-too-long"));
            return null;
        }
        if (centers is null)
        {
            return name.ToLowerInvariant();
        }
        var known = (await centers.AllAsync(ct)).FirstOrDefault(c => string.Equals(c.ShortName, name, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            errors.Add(new FieldError("center", "organisations.accounts.center-unknown", TextArgs.Of(("center", name))));
        }
        return known?.ShortName;
    }

    private static Task<int> ActiveAdminsAsync(IQuerySession session, CancellationToken ct) =>
        session.Query<Account>().CountAsync(a => !a.Erased && !a.Locked && a.Roles.Contains(Roles.PlatformAdmin), ct);

    private static Task<Refusal?> WriteAsync(IDocumentSession session, Guid id, Func<Account, Decision> decide, CancellationToken ct) =>
        WriteAsync(session, id, (account, _) => Task.FromResult(decide(account)), ct);

    private static Task<Refusal?> WriteAsync(
        IDocumentSession session, Guid id, Func<Account, CancellationToken, Task<Decision>> decide, CancellationToken ct) =>
        session.RetryOnConflictAsync(async token =>
        {
            var account = await session.LoadAsync<Account>(id, token);
            if (account is null || account.Erased)
            {
                return Refusal.NotFound(NotFound);
            }
            var decision = await decide(account, token);
            if (decision.Refused is not null || decision.Events.Count == 0)
            {
                return decision.Refused;
            }
            session.Events.Append(id, [.. decision.Events]);
            await session.SaveChangesAsync(token);
            return null;
        }, ct);
}
