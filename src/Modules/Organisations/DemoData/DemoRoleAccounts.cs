using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Kompetenzzentrum.Modules.Organisations.DemoData;

/// <summary>
/// One demo account per role, from configuration (<c>DemoAccounts:&lt;role&gt;:Email</c> and <c>:Password</c>, which the
/// host fills when the demo is on): confirmed, the role granted (partner staff for the Lernfabrik's center); the
/// organisation member becomes the contact of <see cref="Contracts.Modules.DemoCast.MemberOrganisation"/>.
/// </summary>
internal sealed class DemoRoleAccounts(IConfiguration configuration, IDocumentStore store, IPasswordHasher<Account> hasher, TimeProvider clock)
{
    public const string PartnerCenter = "lernfabrik";

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        foreach (var role in Roles.All)
        {
            if (Configured(role) is not (string email, string password) || await AccountEndpoints.FindAsync(session, email, ct) is not null)
            {
                continue;
            }
            var id = Ids.Derived("demo-account:" + role, Guid.Empty);
            var body = new AccountEndpoints.Register(email, password, "Demo " + role, AcceptTerms: true, ResearchConsent: true);
            var hash = hasher.HashPassword(new Account { Id = id }, password);
            var events = new List<object>(RegistrationDecider.Register(body, id, email, hash, "", now))
            {
                new EmailConfirmed(id, now),
            };
            if (role != Roles.OrganisationMember)
            {
                events.Add(new RoleGranted(id, role, role == Roles.PartnerStaff ? PartnerCenter : null));
            }
            session.Events.StartStream(id, [.. events]);
        }
        await session.SaveChangesAsync(ct);
    }

    /// <summary>The organisation-member account, once seeded, or null when no demo accounts are configured.</summary>
    public async Task<Guid?> MemberAccountAsync(IQuerySession session, CancellationToken ct) =>
        Configured(Roles.OrganisationMember) is (string email, _) && await AccountEndpoints.FindAsync(session, email, ct) is { } account
            ? account.Id
            : null;

    private (string Email, string Password)? Configured(string role) =>
        configuration[$"DemoAccounts:{role}:Email"] is { Length: > 0 } email
        && configuration[$"DemoAccounts:{role}:Password"] is { Length: > 0 } password
            ? (email.Trim().ToLowerInvariant(), password)
            : null;
}
