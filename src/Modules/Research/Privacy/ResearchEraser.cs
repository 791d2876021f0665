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
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        if (subject.OrganisationId is { } organisation)
        {
            foreach (var sql in new[]
            {
                $"insert into {s}.{ResearchTables.Erased} (organisation_id) values ($1) on conflict do nothing",
                $"delete from {s}.{ResearchTables.PseudonymKeys} where organisation_id = $1",
                $"delete from {s}.{ResearchTables.Segments} where organisation_id = $1",
                $"delete from {s}.{ResearchTables.Surveys} where organisation_id = $1",
                $"delete from {s}.{ResearchTables.FeedbackTexts} where organisation_id = $1 and status <> 'approved'",
                $"update {s}.{ResearchTables.FeedbackTexts} set organisation_id = null where organisation_id = $1",
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
                $"delete from {s}.{ResearchTables.FeedbackTexts} where status = 'pending' and exists (select 1 from unnest($1::text[]) e where position(e in lower(text)) > 0)",
                connection, tx);
            command.Parameters.AddWithValue(subject.Emails.Select(e => e.ToLowerInvariant()).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }
}
