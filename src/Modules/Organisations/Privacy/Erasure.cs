using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Kompetenzzentrum.Modules.Organisations.Tokens;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Privacy;

/// <summary>
/// Erasure (GDPR Art. 17). The history stays: an erasure event is appended and the personal fields of the
/// earlier events are masked in place (Marten's masking rules, see <see cref="OrganisationsModule"/>); read
/// models lose the data through the erasure events; every other module erases its part through
/// <see cref="IPersonalDataEraser"/>. Ids stay, so pseudonymous research figures remain consistent.
/// </summary>
internal sealed class Erasure(IDocumentStore store, IEnumerable<IPersonalDataEraser> erasers, TimeProvider clock)
{
    public async Task<bool> EraseAccountAsync(Guid accountId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var account = await session.LoadAsync<Account>(accountId, ct);
        if (account is null || account.Erased)
        {
            return false;
        }
        var email = account.NormalizedEmail!;
        session.Events.Append(accountId, new AccountErased(accountId, clock.GetUtcNow()));
        if (account.OrganisationId is { } organisation)
        {
            session.Events.Append(organisation, new MemberRemoved(organisation, accountId));
            var joined = await session.LoadAsync<Organisation>(organisation, ct);
            foreach (var invitation in joined?.Invitations.Where(i => i.Email == email) ?? [])
            {
                session.Events.Append(organisation, new InvitationErased(organisation, invitation.InvitationId));
            }
            await ResearchConsentOfOrganisation.DecideAsync(session, organisation, MembershipChange.Left(accountId), clock.GetUtcNow(), ct);
        }
        await session.SaveChangesAsync(ct);

        var tokens = await session.Query<AccessToken>().Where(t => t.AccountId == accountId).Select(t => t.Id).ToListAsync(ct);
        await store.Advanced.ApplyEventDataMasking(masking =>
        {
            masking.IncludeStream(accountId);
            foreach (var token in tokens)
            {
                masking.IncludeStream(token);
            }
            if (account.OrganisationId is { } org)
            {
                masking.IncludeStream(org, e => e.Data is MemberInvited invited && invited.Email == email);
            }
        }, ct);
        // The name goes along for data others typed it into (attendee lists), looked for in the person's organisation.
        var names = string.IsNullOrWhiteSpace(account.DisplayName) ? [] : new[] { account.DisplayName.Trim() };
        await EraseEverywhereAsync(new PersonalDataSubject([accountId], [email], null) { Names = names, MemberOf = account.OrganisationId }, ct);
        return true;
    }

    public async Task<bool> EraseOrganisationAsync(Guid organisationId, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var organisation = await query.LoadAsync<Organisation>(organisationId, ct);
        if (organisation is null || organisation.Erased)
        {
            return false;
        }
        var members = organisation.Members.Select(m => m.AccountId).ToList();
        var invited = organisation.Invitations.Select(i => i.Email).ToList();
        foreach (var member in members)
        {
            await EraseAccountAsync(member, ct);
        }
        await using (var session = store.LightweightSession())
        {
            session.Events.Append(organisationId, new OrganisationErased(organisationId, clock.GetUtcNow()));
            await session.SaveChangesAsync(ct);
        }
        await store.Advanced.ApplyEventDataMasking(masking => masking.IncludeStream(organisationId), ct);
        await EraseEverywhereAsync(new PersonalDataSubject(members, invited, organisationId), ct);
        return true;
    }

    private async Task EraseEverywhereAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(subject, ct);
        }
    }
}
