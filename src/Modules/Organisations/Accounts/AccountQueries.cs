using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// The account list of the administrators: not erased, oldest first, searched by address or name (any part, any case) and
/// filtered by a role (<c>organisation-member</c>: member of an organisation).
/// </summary>
internal static class AccountQueries
{
    public const int DefaultTake = 25;

    public static async Task<Result<AccountsPage.Listing>> ListAsync(
        string? search, string? role, int? skip, int? take, IQuerySession session, DateTimeOffset now, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(role) && !Roles.All.Contains(role))
        {
            return Refusal.Invalid("role", "organisations.role.unknown", TextArgs.Of(("roles", string.Join(", ", Roles.All))));
        }
        if (search is { Length: > 200 })
        {
            return Refusal.Invalid("q", "organisations.accounts.search-too-long");
        }
        var query = session.Query<Account>().Where(a => !a.Erased);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(a => a.NormalizedEmail!.Contains(term, StringComparison.OrdinalIgnoreCase)
                || a.DisplayName.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        if (role == Roles.OrganisationMember)
        {
            query = query.Where(a => a.OrganisationId != null);
        }
        else if (!string.IsNullOrEmpty(role))
        {
            query = query.Where(a => a.Roles.Contains(role));
        }
        var (from, count) = (Math.Max(skip ?? 0, 0), Math.Clamp(take ?? DefaultTake, 1, 200));
        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(a => a.RegisteredAt).ThenBy(a => a.Id).Skip(from).Take(count).ToListAsync(ct);
        return new AccountsPage.Listing([.. page.Select(a => ToRow(a, now))], total, from, count);
    }

    /// <summary>One account, or null when unknown or erased.</summary>
    public static async Task<AccountsPage.Row?> FindAsync(Guid id, IQuerySession session, DateTimeOffset now, CancellationToken ct) =>
        await session.LoadAsync<Account>(id, ct) is { Erased: false } account ? ToRow(account, now) : null;

    private static AccountsPage.Row ToRow(Account a, DateTimeOffset now) => new(
        a.Id,
        a.Email,
        a.DisplayName,
        [.. a.Roles, .. a.OrganisationId is null ? Array.Empty<string>() : [Roles.OrganisationMember]],
        a.OrganisationId,
        a.PartnerCenter,
        a.Center,
        a.EmailConfirmed,
        a.Locked || a.LockedUntil > now,
        a.RegisteredAt);
}
