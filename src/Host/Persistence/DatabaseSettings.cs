using Npgsql;

namespace Kompetenzzentrum.Host.Persistence;

/// <summary>The one database every part of the host uses, and the schema that holds our tables.</summary>
internal sealed record DatabaseSettings(string ConnectionString, string Schema)
{
    /// <summary>The same server with <c>search_path</c> set to our schema, for libraries that create plain tables (Quartz).</summary>
    public string SchemaConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = Schema }.ConnectionString;

    /// <summary>
    /// The connection the Marten store uses: with Npgsql's automatic preparation unless the connection string
    /// sets <c>Max Auto Prepare</c> itself. Marten sends the same few statements for every command (stream lock,
    /// document loads and upserts, the event append, inline projections); unprepared, PostgreSQL parsed and
    /// planned each of them every time, about 40% of its CPU in the booking benchmark. PostgreSQL re-plans
    /// a prepared statement when a table it names changes, so schema updates and table swaps stay safe.
    /// </summary>
    public string StoreConnectionString
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            if (builder.MaxAutoPrepare == 0)
            {
                builder.MaxAutoPrepare = 64;
                builder.AutoPrepareMinUsages = 2;
            }
            return builder.ConnectionString;
        }
    }
}
