using Marten;
using Marten.Schema;
using Npgsql;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Stores the session documents' JSON uncompressed (<c>STORAGE EXTERNAL</c>). Every booking rewrites its session's
/// document, which holds all its bookings: past about 2 KB PostgreSQL compresses it with pglz on each write. On a
/// session of 100 bookings the compression cost about 0.2 ms of server time per write, more than half of the
/// update; uncompressed, the document takes about a third more disk. Marten runs it at startup after applying
/// the schema (a schema object of its own would run before Marten creates the table), and only alters the
/// column when it is not set yet.
/// </summary>
internal sealed class UncompressedSessionData : IInitialData
{
    public async Task Populate(IDocumentStore store, CancellationToken cancellation)
    {
        var table = $"{store.Options.DatabaseSchemaName}.mt_doc_sessionstate";
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var check = new NpgsqlCommand("select a.attstorage::text from pg_attribute a where a.attrelid = to_regclass($1) and a.attname = 'data'", connection)
        {
            Parameters = { new() { Value = table } },
        };
        if (await check.ExecuteScalarAsync(cancellation) is string storage && storage != "e")
        {
            await using var alter = new NpgsqlCommand($"alter table {table} alter column data set storage external", connection);
            await alter.ExecuteNonQueryAsync(cancellation);
        }
    }
}
