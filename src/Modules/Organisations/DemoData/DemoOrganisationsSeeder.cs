using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;
using Kompetenzzentrum.Modules.Organisations.Privacy;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Kompetenzzentrum.Modules.Organisations.DemoData;

/// <summary>
/// Registers the <see cref="DemoCast"/>: each organisation with a contact account that consented to research, as
/// registration does, on the day it joined; the SMEs take the check (T0) then, and most of those that joined long
/// enough ago take it again (T1) months later, scoring higher. The experts' staff accounts and the demo accounts
/// (<see cref="DemoRoleAccounts"/>) too.
/// </summary>
internal sealed class DemoOrganisationsSeeder(DemoRoleAccounts roles, IDocumentStore store, IPasswordHasher<Account> hasher, TimeProvider clock)
    : IModuleSeeder
{
    public int Order => SeedOrder.Organisations;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await roles.SeedAsync(cancellationToken);
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<Organisation>(DemoCast.All[0].Id, cancellationToken) is not null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var random = new Random(100);
        var set = await QuestionSets.CurrentAsync(session, cancellationToken);
        // Nobody knows this password: contacts of generated organisations sign in after a password reset. One hash for all
        // of them, since hashing is slow on purpose.
        var hash = hasher.HashPassword(new Account(), Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        var member = await roles.MemberAccountAsync(session, cancellationToken);
        foreach (var expert in DemoCast.Experts)
        {
            var email = expert.Name.ToLowerInvariant().Replace("dr. ", "", StringComparison.Ordinal).Replace(' ', '.') + "@kompetenzzentrum.example";
            var body = new AccountEndpoints.Register(email, null, expert.Name, AcceptTerms: true, ResearchConsent: false);
            session.Events.StartStream(expert.AccountId, [.. RegistrationDecider.Register(body, expert.AccountId, email, hash, "", now.AddYears(-2)),
                new EmailConfirmed(expert.AccountId, now.AddYears(-2)), new RoleGranted(expert.AccountId, Roles.CenterStaff, null)]);
        }
        foreach (var organisation in DemoCast.All)
        {
            var joined = now.AddDays(-organisation.JoinedAt);
            var contact = organisation == DemoCast.MemberOrganisation && member is not null
                ? member.Value
                : Register(session, organisation, hash, joined);
            var input = new OrganisationInput(organisation.Name, organisation.IsStartup ? "startup" : "sme", organisation.Industry,
                organisation.SizeClass, organisation.FederalState, organisation.Postcode);
            var decision = OrganisationDecider.Register(organisation.Id, input, contact, null, staff: false);
            session.Events.StartStream(organisation.Id, [.. decision.Events]);
            session.Events.Append(contact, new JoinedOrganisation(contact, organisation.Id, true));
            session.Profiled(organisation.Id, input, joined);
            session.Events.Append(ResearchConsentOfOrganisation.StreamOf(organisation.Id),
                new OrganisationResearchConsentChanged(organisation.Id, true, joined));
            if (!organisation.IsStartup)
            {
                DemoChecks.Take(session, organisation, set, random, joined, now);
            }
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    private static Guid Register(IDocumentSession session, DemoOrganisation organisation, string hash, DateTimeOffset joined)
    {
        var id = Ids.Derived("demo-contact", organisation.Id);
        var body = new AccountEndpoints.Register($"kontakt-{organisation.Id.ToString("N")[..8]}@example.org", null, "Kontakt " + organisation.Name,
            AcceptTerms: true, ResearchConsent: true);
        session.Events.StartStream(id, [.. RegistrationDecider.Register(body, id, body.Email!, hash, "", joined), new EmailConfirmed(id, joined)]);
        return id;
    }
}
