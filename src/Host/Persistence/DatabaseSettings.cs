using Npgsql;

namespace Kompetenzzentrum.Host.Persistence;

/// <summary>The one database every part of the host uses, and the schema that holds our tables.</summary>
internal sealed record DatabaseSettings(string ConnectionString, string Schema)
{
    /// <summary>The same server with <c>search_path</c> set to our schema, for libraries that create plain tables (Quartz).</summary>
    public string SchemaConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = Schema }.ConnectionString;
}
