using System.Diagnostics;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Rebuild;

internal sealed record RebuildResult(long Events, double Seconds, double EventsPerSecond);

/// <summary>
/// Rebuilds the read models from the whole event history without stopping bookings. The projection replays
/// every event into shadow tables (<c>_next</c>) while the live tables keep serving and receiving; then one
/// short transaction locks the live tables (new bookings wait for it, milliseconds), replays the tail
/// appended meanwhile, and swaps the shadow tables in by renaming. A writer that was waiting on the lock
/// resolves the table name again and writes into the new table. Replays are idempotent (unique keys,
/// upserts), so the tail (the last 500 events, for appends in flight during the passes) is simply replayed again.
/// </summary>
internal sealed class ResearchRebuild(IDocumentStore store, NpgsqlDataSource database, ResearchSchema schema, ILogger<ResearchRebuild> logger)
{
    public const string Suffix = "_next";
    private const int BatchSize = 2000;
    // Events whose sequence number was taken before a pass but committed after it: a few in-flight appends.
    private const long TailMargin = 500;
    private const long AdvisoryLock = 0x7265_7365_6172_6368; // "research"

    public async Task<RebuildResult?> RunAsync(CancellationToken ct)
    {
        await using var guard = await database.OpenConnectionAsync(ct);
        if (!await ScalarAsync<bool>(guard, null, $"select pg_try_advisory_lock({AdvisoryLock})", ct))
        {
            return null;
        }
        try
        {
            var watch = Stopwatch.StartNew();
            var writer = new ResearchWriter(schema.Name, Suffix);
            var projection = new InteractionFactsProjection(writer);
            await PrepareAsync(guard, writer, ct);
            var high = await ScalarAsync<long>(guard, null, $"select coalesce(max(seq_id), 0) from {schema.Name}.mt_events", ct);
            var events = await ReplayAsync(projection, 0, high, null, ct);
            // A second pass without the lock takes what was appended during the first, so the locked tail is short.
            var later = await ScalarAsync<long>(guard, null, $"select coalesce(max(seq_id), 0) from {schema.Name}.mt_events", ct);
            events += await ReplayAsync(projection, high, later, null, ct);
            events += await SwapAsync(writer, projection, Math.Max(0, later - TailMargin), ct);
            var seconds = watch.Elapsed.TotalSeconds;
            logger.LogInformation("Research read models rebuilt from {Events} events in {Seconds:0.0} s", events, seconds);
            return new RebuildResult(events, seconds, events / Math.Max(seconds, 0.001));
        }
        finally
        {
            await ScalarAsync<bool>(guard, null, $"select pg_advisory_unlock({AdvisoryLock})", CancellationToken.None);
        }
    }

    private async Task PrepareAsync(NpgsqlConnection connection, ResearchWriter writer, CancellationToken ct)
    {
        var sql = new List<string>
        {
            $"drop table if exists {writer.RebuildKeys}",
            $"create table {writer.RebuildKeys} (like {schema.Name}.{ResearchTables.PseudonymKeys} including all)",
        };
        foreach (var table in ResearchTables.Rebuildable)
        {
            sql.Add($"drop table if exists {writer.Table(table)}");
            sql.Add($"create table {writer.Table(table)} (like {schema.Name}.{table} including all)");
        }
        await ExecuteAsync(connection, null, sql, ct);
    }

    private async Task<long> ReplayAsync(
        InteractionFactsProjection projection, long after, long upTo, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        long count = 0;
        while (after < upTo)
        {
            await using var session = transaction is null
                ? store.LightweightSession()
                : store.LightweightSession(SessionOptions.ForTransaction(transaction));
            var batch = await session.Events.QueryAllRawEvents()
                .Where(e => e.Sequence > after && e.Sequence <= upTo)
                .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            projection.Apply(session, batch.Select(e => (e.Id, e.Data)));
            await session.SaveChangesAsync(ct);
            after = batch[^1].Sequence;
            count += batch.Count;
        }
        return count;
    }

    private async Task<long> SwapAsync(ResearchWriter writer, InteractionFactsProjection projection, long tailFrom, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            try
            {
                // Shorter than PostgreSQL's deadlock timeout: if a booking holds one table and waits for
                // another, we give way, never the booking.
                await ExecuteAsync(connection, tx, ["set local lock_timeout = '500ms'",
                    $"lock table {string.Join(", ", ResearchTables.Rebuildable.Select(t => $"{schema.Name}.{t}"))} in access exclusive mode"], ct);
                var high = await ScalarAsync<long>(connection, tx, $"select coalesce(max(seq_id), 0) from {schema.Name}.mt_events", ct);
                var tail = await ReplayAsync(projection, tailFrom, high, tx, ct);
                await ExecuteAsync(connection, tx, await SwapStatementsAsync(connection, tx, writer, ct), ct);
                await tx.CommitAsync(ct);
                return tail;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < 20)
            {
                await tx.RollbackAsync(ct);
                await Task.Delay(100 * attempt, ct);
            }
        }
    }

    /// <summary>Drop the live table, rename the shadow in, and give its key, indexes and sequence the live names.</summary>
    private async Task<List<string>> SwapStatementsAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, ResearchWriter writer, CancellationToken ct)
    {
        var sql = new List<string>();
        foreach (var table in ResearchTables.Rebuildable)
        {
            var live = await IndexesAsync(connection, tx, table.Name, ct);
            var shadow = await IndexesAsync(connection, tx, table.Name + Suffix, ct);
            // The shadow's serial key draws from the live table's sequence (copied default): it must outlive the live table.
            if (table.PrimaryKey is { Type: "bigserial" } key)
            {
                var sequence = await ScalarAsync<string>(connection, tx, $"select pg_get_serial_sequence('{schema.Name}.{table}', '{key}')", ct);
                sql.Add($"alter sequence {sequence} owned by {writer.Table(table)}.{key}");
            }
            sql.Add($"drop table {schema.Name}.{table}");
            sql.Add($"alter table {writer.Table(table)} rename to {table}");
            foreach (var (shape, name) in shadow)
            {
                if (live.TryGetValue(shape, out var liveName) && liveName != name)
                {
                    sql.Add($"alter index {schema.Name}.{name} rename to {liveName}");
                }
            }
        }
        sql.Add($"drop table {writer.RebuildKeys}");
        return sql;
    }

    /// <summary>Index name by its definition without name and table, so shadow and live indexes pair up.</summary>
    private async Task<Dictionary<string, string>> IndexesAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "select indexname, indexdef from pg_indexes where schemaname = $1 and tablename = $2", connection, tx);
        command.Parameters.AddWithValue(schema.Name);
        command.Parameters.AddWithValue(table);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var name = reader.GetString(0);
            var shape = reader.GetString(1)
                .Replace(name, "", StringComparison.Ordinal)
                .Replace($"{schema.Name}.{table} ", "", StringComparison.Ordinal);
            result[shape] = name;
        }
        return result;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, IEnumerable<string> statements, CancellationToken ct)
    {
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection, tx);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull or null ? default! : (T)value;
    }
}
