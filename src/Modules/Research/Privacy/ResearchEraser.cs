using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Privacy;

/// <summary>
/// Erasure keeps the research figures and cuts their link: the organisation's pseudonym secret is destroyed
/// (its facts keep a pseudonym nobody can recompute), the organisation is remembered as erased so it never
/// gets a new secret, and its pending surveys and unreviewed free texts are deleted. Published free texts
/// stay, without the organisation id. For a person, unreviewed texts that mention their address go.
/// </summary>
internal sealed class ResearchEraser(NpgsqlDataSource database, ResearchSchema schema) : IPersonalDataEraser
{
    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var s = schema.Name;
        var (erased, keys, segments, surveys, texts) =
            (ResearchTables.Erased, ResearchTables.PseudonymKeys, ResearchTables.Segments, ResearchTables.Surveys, ResearchTables.FeedbackTexts);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        if (subject.OrganisationId is { } organisation)
        {
            foreach (var sql in new[]
            {
                $"{Insert.Into($"{s}.{erased}", erased.OrganisationId).Values} on conflict do nothing",
                // Organisations merged into this one hold its secret: they go with it, and never get a new one.
                $"insert into {s}.{erased} ({erased.OrganisationId}) select {keys.OrganisationId} from {s}.{keys} "
                    + $"where {keys.PseudonymOf} = $1 on conflict do nothing",
                $"delete from {s}.{keys} where {keys.OrganisationId} = $1 or {keys.PseudonymOf} = $1",
                $"delete from {s}.{segments} where {segments.OrganisationId} = $1",
                $"delete from {s}.{surveys} where {surveys.OrganisationId} = $1",
                $"delete from {s}.{texts} where {texts.OrganisationId} = $1 and {texts.Status} <> 'approved'",
                $"update {s}.{texts} set {texts.OrganisationId} = null where {texts.OrganisationId} = $1",
            })
            {
                await using var command = new NpgsqlCommand(sql, connection, tx);
                command.Parameters.AddWithValue(organisation);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        if (subject.Emails.Count > 0)
        {
            await using var command = new NpgsqlCommand(
                $"delete from {s}.{texts} where {texts.Status} = 'pending' and exists (select 1 from unnest($1::text[]) e "
                    + $"where position(e in lower({texts.Text})) > 0)",
                connection, tx);
            command.Parameters.AddWithValue(subject.Emails.Select(e => e.ToLowerInvariant()).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }
}
