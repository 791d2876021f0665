using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>
/// The likely duplicates for the API and the staff page: live organisations with their contacts' addresses (members'
/// accounts and imported contact persons) through <see cref="DuplicateRules"/>, without the pairs staff dismissed.
/// </summary>
internal static class DuplicateQueries
{
    public static async Task<IReadOnlyList<DuplicatesPage.Pair>> ListAsync(
        IQuerySession session, IOrganisationBookingCounts? bookings, CancellationToken ct)
    {
        var organisations = (await session.Query<Organisation>().Where(o => !o.Erased && o.MergedInto == null).ToListAsync(ct))
            .ToDictionary(o => o.Id);
        var emails = (await session.Query<Account>().Where(a => a.OrganisationId != null && !a.Erased)
                .Select(a => new { a.OrganisationId, a.Email }).ToListAsync(ct))
            .Where(a => a.Email is not null).ToLookup(a => a.OrganisationId!.Value, a => a.Email!);
        var dismissed = (await session.Query<DismissedDuplicate>().ToListAsync(ct)).Select(d => (d.First, d.Second)).ToHashSet();
        var candidates = organisations.Values.Select(o => new DuplicateCandidate(o.Id, o.Name, o.Postcode, Emails(o, emails[o.Id])));
        var pairs = DuplicateRules.Find(candidates, dismissed);
        if (pairs.Count == 0)
        {
            return [];
        }
        var ids = pairs.SelectMany(p => new[] { p.First, p.Second }).Distinct().ToArray();
        var histories = (await session.LoadManyAsync<MaturityHistory>(ct, ids)).ToDictionary(h => h.Id, h => h.Rounds.Count);
        IReadOnlyDictionary<Guid, int> counts = bookings is null ? new Dictionary<Guid, int>() : await bookings.CountAsync(ids, ct);
        DuplicatesPage.Side Side(Guid id)
        {
            var o = organisations[id];
            var domains = Emails(o, emails[id]).Select(MailDomains.CompanyDomainOf).OfType<string>().Distinct().Order().ToList();
            return new DuplicatesPage.Side(o.Id, o.Name, o.Kind, o.Postcode, o.FederalState, domains, o.Members.Count,
                counts.GetValueOrDefault(id), histories.GetValueOrDefault(id), o.Contact is not null, o.ExternalId, o.Version);
        }
        return [.. pairs.Select(p => new DuplicatesPage.Pair(Side(p.First), Side(p.Second), p.Rules, p.Domain))];
    }

    private static List<string> Emails(Organisation o, IEnumerable<string> members) =>
        [.. members, .. o.Contact?.Email is { } contact ? new[] { contact } : []];
}
