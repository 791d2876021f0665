using Npgsql;

namespace Kompetenzzentrum.Host.Persistence;

/// <summary>
/// Moves the event tables of a database of the previous version (single-tenanted events) to conjoined tenancy
/// when the store is built, before Marten migrates the rest (at start and in <c>db-apply</c>). Marten 9.58's own
/// migration of these tables fails on an existing database: its delta adds the foreign key
/// <c>fkey_mt_events_stream_id_tenant_id</c> twice ("already exists", 42710), so the host would not start
/// (docs/tenancy.md). Here it happens once, in one transaction, under an advisory lock so that two hosts starting
/// at once do it once; afterwards Marten finds the event tables as it wants them. Every row keeps its
/// <c>tenant_id</c> (<c>*DEFAULT*</c>, the default center): no event is rewritten.
/// </summary>
internal static class ConjoinedEventTables
{
    private const long LockKey = 0x6b7a_7465_6e61_6e74; // "kztenant"

    public static void Prepare(DatabaseSettings settings, NpgsqlDataSource dataSource)
    {
        var s = settings.Schema;
        NpgsqlConnection connection;
        try
        {
            connection = dataSource.OpenConnection();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return; // No database yet: Marten's own start reports it (readiness, start-up checks).
        }
        using var opened = connection;
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"select pg_advisory_xact_lock({LockKey})");
        using (var check = new NpgsqlCommand(
            "select exists (select 1 from pg_constraint c join pg_namespace n on n.oid = c.connamespace "
            + "where n.nspname = @schema and c.conname = 'pkey_mt_streams_id')", connection))
        {
            check.Parameters.AddWithValue("schema", s);
            if (!(bool)check.ExecuteScalar()!)
            {
                return;
            }
        }
        Execute(connection, $"""
            alter table "{s}".mt_streams drop constraint pkey_mt_streams_id cascade;
            alter table "{s}".mt_streams add constraint pkey_mt_streams_tenant_id_id primary key (tenant_id, id);
            alter table "{s}".mt_events drop constraint if exists fkey_mt_events_stream_id;
            alter table "{s}".mt_events add constraint fkey_mt_events_stream_id_tenant_id foreign key (tenant_id, stream_id)
                references "{s}".mt_streams (tenant_id, id);
            drop index if exists "{s}".pk_mt_events_stream_and_version;
            create unique index pk_mt_events_stream_and_version on "{s}".mt_events using btree (tenant_id, stream_id, version);
            """);
        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
