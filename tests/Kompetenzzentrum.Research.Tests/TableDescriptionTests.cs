using System.Runtime.Loader;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Research.Tables;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>
/// The research tables are described once (<c>src/Modules/Research/Tables</c>): the schema Marten created from the
/// descriptions is exactly what they say, and the module's EF Core model reads described columns only.
/// </summary>
public sealed class TableDescriptionTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_database_holds_exactly_the_described_research_tables()
    {
        var live = await ListAsync("select tablename::text from pg_tables where schemaname = 'kz' and tablename like 'research\\_%' "
            + "order by tablename collate \"C\"");

        Assert.Equal(ResearchTables.All.Select(t => t.Name).Order(StringComparer.Ordinal), live);
    }

    [Fact]
    public async Task Each_table_has_the_described_columns_key_and_indexes()
    {
        var described = new List<string>();
        var live = new List<string>();
        foreach (var table in ResearchTables.All)
        {
            var columns = new List<string>();
            foreach (var column in table.Columns)
            {
                columns.Add($"{column.Name} {await TypeAsync(column.Type)}{(column.Nullable ? "" : " not null")}");
            }
            var indexes = table.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal)
                .Select(i => $"CREATE {(i.Unique ? "UNIQUE " : "")}INDEX {i.Name} ON kz.{table} USING btree ({Column.List(i.Columns)})");
            described.Add($"{table}: {string.Join(", ", columns)}; key {table.PrimaryKey}; {string.Join("; ", indexes)}");
            var (liveColumns, liveKey, liveIndexes) = (await LiveColumnsAsync(table), await LiveKeyAsync(table), await LiveIndexesAsync(table));
            live.Add($"{table}: {string.Join(", ", liveColumns)}; key {liveKey}; {string.Join("; ", liveIndexes)}");
        }

        Assert.Equal(described, live);
    }

    [Fact]
    public void The_OData_model_reads_only_described_columns_of_its_tables()
    {
        var i = ResearchTables.Interactions;
        var n = ResearchTables.NeedSignals;
        // Where each entity reads from; a count set reads its columns from both tables, and adds figures of its own.
        var sources = new Dictionary<string, (ResearchTable[] Tables, string[] Computed)>
        {
            ["InteractionFact"] = ([i], ["event_key"]),
            ["NeedSignal"] = ([n], []),
            ["FeedbackResult"] = ([ResearchTables.Feedback], []),
            ["MaturityResult"] = ([ResearchTables.MaturityResults], []),
            ["FeedbackComment"] = ([ResearchTables.FeedbackTexts], []),
            ["InteractionCount"] = ([i, ResearchTables.CountedInteractions], ["key", "interactions"]),
            ["NeedSignalCount"] = ([n, ResearchTables.CountedNeeds], ["key", "signals"]),
        };

        var read = ColumnsReadByEntity();

        Assert.Equal(sources.Keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        var undescribed = read.SelectMany(entity => entity.Value
            .Where(column => !sources[entity.Key].Computed.Contains(column)
                && !sources[entity.Key].Tables.All(table => table.Columns.Any(c => c.Name == column)))
            .Select(column => $"{entity.Key}.{column}"));
        Assert.Empty(undescribed);
    }

    /// <summary>
    /// Entity name → the column each of its properties reads, from the live host's EF Core model. The module brings its
    /// own EF Core in its own load context, so the model is read through EF's metadata API by reflection.
    /// </summary>
    private Dictionary<string, List<string>> ColumnsReadByEntity()
    {
        var services = fixture.Factory.Services;
        var module = services.GetRequiredService<IProgramKpis>().GetType().Assembly;
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService(module.GetType("Kompetenzzentrum.Modules.Research.OData.ResearchDb", throwOnError: true)!);
        var model = db.GetType().GetProperty("Model")!.GetValue(db)!;
        var efCore = db.GetType().BaseType!.Assembly;
        Type Metadata(string name) => efCore.GetType("Microsoft.EntityFrameworkCore.Metadata." + name, throwOnError: true)!;
        var columnName = AssemblyLoadContext.GetLoadContext(efCore)!.Assemblies
            .Single(a => a.GetName().Name == "Microsoft.EntityFrameworkCore.Relational")
            .GetType("Microsoft.EntityFrameworkCore.RelationalPropertyExtensions", throwOnError: true)!
            .GetMethod("GetColumnName", [Metadata("IReadOnlyProperty")])!;
        var typeBase = Metadata("IReadOnlyTypeBase");
        var read = new Dictionary<string, List<string>>();
        foreach (var entity in (IEnumerable<object>)Metadata("IReadOnlyModel").GetMethod("GetEntityTypes")!.Invoke(model, null)!)
        {
            var properties = (IEnumerable<object>)typeBase.GetMethod("GetProperties")!.Invoke(entity, null)!;
            var clrType = (Type)typeBase.GetProperty("ClrType")!.GetValue(entity)!;
            read[clrType.Name] = [.. properties.Select(p => (string)columnName.Invoke(null, [p])!)];
        }
        return read;
    }

    /// <summary>A described type as PostgreSQL writes it (<c>timestamptz</c>: <c>timestamp with time zone</c>); <c>bigserial</c> stays.</summary>
    private async Task<string> TypeAsync(string type) => (await ListAsync("select coalesce(format_type(to_regtype($1), null), $1)", type))[0];

    private Task<List<string>> LiveColumnsAsync(ResearchTable table) => ListAsync(
        "select a.attname || ' ' || case when pg_get_expr(d.adbin, d.adrelid) like 'nextval(%' and a.atttypid = 'bigint'::regtype then 'bigserial' "
        + "else format_type(a.atttypid, a.atttypmod) end || case when a.attnotnull then ' not null' else '' end "
        + "from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum "
        + "where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum", $"kz.{table}");

    private async Task<string> LiveKeyAsync(ResearchTable table) => string.Join(", ", await ListAsync(
        "select a.attname::text from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) "
        + "where i.indrelid = $1::regclass and i.indisprimary", $"kz.{table}"));

    private Task<List<string>> LiveIndexesAsync(ResearchTable table) => ListAsync(
        "select pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid "
        + "where i.indrelid = $1::regclass and not i.indisprimary order by c.relname collate \"C\"", $"kz.{table}");

    private async Task<List<string>> ListAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
