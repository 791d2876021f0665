using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Imports;

/// <summary>
/// Imports past participations, shared by the API and the staff page: check the file's columns, decide each row
/// (<see cref="ParticipationImportDecider"/>) against the organisations (by the external ids of their import, through
/// <see cref="IOrganisationExternalIds"/>), the offerings and the participations imported before, and unless it is a dry
/// run append the new ones, in batches of <see cref="BatchSize"/> rows, each one transaction. Refused rows are reported
/// and skipped. A batch that lost a race with another import of the same rows is decided again on fresh state.
/// </summary>
internal static class ParticipationImportHandler
{
    public const int MaxRows = 50_000;
    public const int BatchSize = 500;

    public static async Task<Result<ImportResult>> ImportAsync(
        ImportTable? table, bool dryRun, IDocumentSession session, IOrganisationExternalIds? organisations, TimeProvider clock, CancellationToken ct)
    {
        if (ParticipationImportRow.Columns.Refuse(table, MaxRows, out var columns) is { } refused)
        {
            return refused;
        }
        var rows = table!.Rows.Select(r => ParticipationImportRow.From(r, columns)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = rows.Select(r => r.ExternalId is { } id && !seen.Add(id)).ToList();
        var results = new List<ImportRowResult>(rows.Count);
        for (var start = 0; start < rows.Count; start += BatchSize)
        {
            var batch = rows.Skip(start).Take(BatchSize).ToList();
            var flags = repeated.Skip(start).Take(BatchSize).ToList();
            var decided = dryRun
                ? await DecideAsync(batch, flags, session, organisations, clock, ct)
                : await session.RetryOnConflictAsync(async token =>
                {
                    var decisions = await DecideAsync(batch, flags, session, organisations, clock, token);
                    foreach (var imported in decisions.Select(d => d.Event).OfType<Contracts.Catalog.ParticipationImported>())
                    {
                        session.Events.StartStream(imported.ParticipationId, imported);
                    }
                    await session.SaveChangesAsync(token);
                    return decisions;
                }, ct);
            results.AddRange(decided.Select(d => d.Result));
        }
        return new ImportResult(dryRun, columns, results);
    }

    private static async Task<IReadOnlyList<ParticipationRowDecision>> DecideAsync(List<ParticipationImportRow> batch, List<bool> repeated,
        IDocumentSession session, IOrganisationExternalIds? organisations, TimeProvider clock, CancellationToken ct)
    {
        var named = batch.Where(r => r.Organisation is not null).Select(r => r.Organisation!).Distinct().ToList();
        var known = organisations is null || named.Count == 0 ? new Dictionary<string, Guid>() : await organisations.FindAsync(named, ct);
        var offeringIds = batch.Where(r => r.OfferingId is not null).Select(r => r.OfferingId!.Value).Distinct().ToArray();
        var offerings = (await session.LoadManyAsync<CatalogEntry>(ct, offeringIds)).ToDictionary(o => o.Id);
        var participationIds = batch.Where(r => r.ExternalId is not null).Select(r => ImportedParticipation.IdOf(r.ExternalId!)).ToArray();
        var existing = (await session.LoadManyAsync<ImportedParticipation>(ct, participationIds)).ToDictionary(p => p.Id);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return batch.Select((row, i) => ParticipationImportDecider.Decide(
            row,
            row.Organisation is { } org && known.TryGetValue(org, out var organisationId) ? organisationId : null,
            row.OfferingId is { } offering ? offerings.GetValueOrDefault(offering) : null,
            row.ExternalId is { } external ? existing.GetValueOrDefault(ImportedParticipation.IdOf(external)) : null,
            repeated[i],
            today)).ToList();
    }
}
