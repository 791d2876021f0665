using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>
/// Imports organisations and their contact persons, shared by the API and the staff page: read the table, check its
/// columns, decide each row (<see cref="OrganisationImportDecider"/>) against the organisation with the same external id,
/// and, unless it is a dry run, write the valid rows. Refused rows are reported and skipped; the others are written in
/// batches of <see cref="BatchSize"/> rows, each batch one transaction, so a row is applied whole or not at all. A batch
/// that lost a race with another import of the same external ids is decided again on fresh state.
/// </summary>
internal static class OrganisationImportHandler
{
    public const int MaxRows = 50_000;
    public const int BatchSize = 500;

    public static async Task<Result<ImportResult>> ImportAsync(
        ImportTable? table, bool dryRun, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (OrganisationImportRow.Columns.Refuse(table, MaxRows, out var columns) is { } refused)
        {
            return refused;
        }
        var rows = table!.Rows.Select(r => OrganisationImportRow.From(r, columns)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = rows.Select(r => r.ExternalId is { } id && !seen.Add(id)).ToList();
        var decisions = new List<ImportRowResult>(rows.Count);
        for (var start = 0; start < rows.Count; start += BatchSize)
        {
            var batch = rows.Skip(start).Take(BatchSize).ToList();
            var flags = repeated.Skip(start).Take(BatchSize).ToList();
            var decided = dryRun
                ? await DecideAsync(batch, flags, session, clock, ct)
                : await session.RetryOnConflictAsync(token => WriteAsync(batch, flags, session, clock, token), ct);
            decisions.AddRange(decided.Select(d => d.Result));
        }
        return new ImportResult(dryRun, columns, decisions);
    }

    private static async Task<IReadOnlyList<RowDecision>> WriteAsync(
        List<OrganisationImportRow> batch, List<bool> repeated, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var decisions = await DecideAsync(batch, repeated, session, clock, ct);
        foreach (var (decision, row) in decisions.Zip(batch))
        {
            if (decision.Events.Count == 0)
            {
                continue;
            }
            var id = decision.Result.Id!.Value;
            if (decision.Result.Outcome == ImportOutcome.Created)
            {
                session.Events.StartStream(id, [.. decision.Events]);
            }
            else
            {
                session.Events.Append(id, [.. decision.Events]);
            }
            if (decision.Events.Any(e => e is OrganisationRegistered or OrganisationDetailsChanged))
            {
                session.Profiled(id, row.Input, clock);
            }
        }
        await session.SaveChangesAsync(ct);
        return decisions;
    }

    private static async Task<IReadOnlyList<RowDecision>> DecideAsync(
        List<OrganisationImportRow> batch, List<bool> repeated, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var ids = batch.Where(r => r.ExternalId is not null).Select(r => r.ExternalId!).Distinct().ToArray();
        var known = (await session.Query<Organisation>().Where(o => o.ExternalId.IsOneOf(ids)).ToListAsync(ct))
            .ToDictionary(o => o.ExternalId!, StringComparer.Ordinal);
        // A re-import after a merge updates the survivor, never the tombstone (merges of merges followed to the end).
        for (var merged = known.Where(k => k.Value.MergedInto is not null).ToList(); merged.Count > 0;
             merged = known.Where(k => k.Value.MergedInto is not null).ToList())
        {
            var survivors = (await session.LoadManyAsync<Organisation>(ct, merged.Select(m => m.Value.MergedInto!.Value).Distinct()))
                .ToDictionary(o => o.Id);
            foreach (var (externalId, tombstone) in merged)
            {
                known[externalId] = survivors[tombstone.MergedInto!.Value];
            }
        }
        return batch.Select((row, i) => OrganisationImportDecider.Decide(
            row, row.ExternalId is { } id ? known.GetValueOrDefault(id) : null, repeated[i], Ids.New(clock))).ToList();
    }
}
