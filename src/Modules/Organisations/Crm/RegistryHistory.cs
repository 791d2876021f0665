using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Duplicates;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>
/// The Organisations module's part of an organisation's history: registration, members joining and leaving, duplicates
/// merged into it (from the registry stream, dated by the events' timestamps) and the maturity rounds T0, T1, ….
/// </summary>
internal sealed class RegistryHistory(IDocumentStore store) : IOrganisationHistorySource
{
    public async Task<IReadOnlyList<OrganisationHistoryEntry>> ForAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(organisationId, token: cancellationToken);
        var accounts = events.Select(e => e.Data switch { MemberJoined j => j.AccountId, MemberRemoved r => r.AccountId, _ => Guid.Empty })
            .Where(id => id != Guid.Empty).Distinct().ToArray();
        var names = (await session.LoadManyAsync<Account>(cancellationToken, accounts))
            .ToDictionary(a => a.Id, a => a.Erased || a.DisplayName.Length == 0 ? null : a.DisplayName);
        string Name(Guid id) => names.GetValueOrDefault(id) ?? id.ToString("N")[..8];
        var entries = new List<OrganisationHistoryEntry>();
        foreach (var e in events)
        {
            var entry = e.Data switch
            {
                OrganisationRegistered => Entry(e.Timestamp, "registered", "Unternehmen registriert", "Organisation registered"),
                MemberJoined j =>
                    Entry(e.Timestamp, "member-joined", $"Mitglied beigetreten: {Name(j.AccountId)}", $"Member joined: {Name(j.AccountId)}"),
                MemberRemoved r =>
                    Entry(e.Timestamp, "member-left", $"Mitglied ausgetreten: {Name(r.AccountId)}", $"Member left: {Name(r.AccountId)}"),
                OrganisationAbsorbed => Entry(e.Timestamp, "merged", "Dublette zusammengeführt", "Duplicate merged in"),
                _ => null,
            };
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }
        var history = await session.LoadAsync<MaturityHistory>(organisationId, cancellationToken);
        foreach (var round in history?.Rounds ?? [])
        {
            var score = Math.Round(round.OverallScore).ToString(System.Globalization.CultureInfo.InvariantCulture);
            entries.Add(new OrganisationHistoryEntry(round.At, "organisations", "maturity-round",
                new LocalizedText($"Digitalisierungs-Check {round.Label}: {score} Punkte, {round.Level}",
                    $"Maturity check {round.Label}: {score} points, {round.Level}")));
        }
        return entries;
    }

    private static OrganisationHistoryEntry Entry(DateTimeOffset at, string kind, string de, string en) =>
        new(at, "organisations", kind, new LocalizedText(de, en));
}
