using Marten;
using Marten.Schema;
using Npgsql;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Stores the session documents' JSON uncompressed (<c>STORAGE EXTERNAL</c>) and, up to a full page, in the table
/// itself (<c>toast_tuple_target = 8160</c>). Every booking rewrites its session's document, which holds all its
/// bookings: past about 2 KB PostgreSQL compresses it with pglz on each write, which cost about 0.2 ms of server
/// time per write on a session of 100 bookings, more than half of the update; uncompressed, the document takes
/// about a third more disk. Past the same 2 KB it also moved the document into the TOAST table, chunk by chunk,
/// and read it back from there on every booking (13% of PostgreSQL's samples in the booking benchmark, 4% after);
/// now only documents past a page (about 70 bookings) go there. Marten runs this at startup after applying the
/// schema (a schema object of its own would run before Marten creates the table), and alters the table only when
/// a setting is missing.
/// </summary>
internal sealed class UncompressedSessionData : IInitialData
{
    private const string PageTarget = "toast_tuple_target=8160";

    public async Task Populate(IDocumentStore store, CancellationToken cancellation)
    {
        var table = $"{store.Options.DatabaseSchemaName}.mt_doc_sessionstate";
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var check = new NpgsqlCommand("""
            select a.attstorage::text = 'e' and coalesce($2 = any(c.reloptions), false)
            from pg_attribute a join pg_class c on c.oid = a.attrelid
            where a.attrelid = to_regclass($1) and a.attname = 'data'
            """, connection)
        {
            Parameters = { new() { Value = table }, new() { Value = PageTarget } },
        };
        if (await check.ExecuteScalarAsync(cancellation) is false)
        {
            await using var alter = new NpgsqlCommand($"alter table {table} alter column data set storage external, set ({PageTarget})", connection);
            await alter.ExecuteNonQueryAsync(cancellation);
        }
    }
}
