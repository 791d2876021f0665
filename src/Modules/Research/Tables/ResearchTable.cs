using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// One research table, described once: its name, its columns in order with type and nullability, its primary key and
/// indexes. Marten creates the table from it (<see cref="ToWeasel"/>), the EF Core model maps its columns
/// (<c>OData/ResearchDb</c>), and all SQL names the table and its columns through it. It writes itself into SQL as its name.
/// </summary>
internal abstract class ResearchTable(string name)
{
    private readonly List<Column> _columns = [];
    private readonly List<TableIndex> _indexes = [];

    public string Name { get; } = name;

    public IReadOnlyList<Column> Columns => _columns;

    public Column? PrimaryKey { get; private set; }

    public IReadOnlyList<TableIndex> Indexes => _indexes;

    public override string ToString() => Name;

    /// <summary>The table as Weasel creates and migrates it in <paramref name="schema"/>.</summary>
    public Table ToWeasel(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        foreach (var column in _columns)
        {
            var added = table.AddColumn(column.Name, column.Type);
            if (column == PrimaryKey)
            {
                added.AsPrimaryKey();
            }
            else if (!column.Nullable)
            {
                added.NotNull();
            }
        }
        foreach (var index in _indexes)
        {
            table.Indexes.Add(new IndexDefinition(index.Name) { Columns = [.. index.Columns.Select(c => c.Name)], IsUnique = index.Unique });
        }
        return table;
    }

    protected Column Key(string column, string type) => Key(new Column(column, type));

    protected Column Key(Column column)
    {
        PrimaryKey = Add(column);
        return column;
    }

    protected Column Required(string column, string type) => Add(new Column(column, type));

    protected Column Optional(string column, string type) => Add(new Column(column, type, Nullable: true));

    protected Column Add(Column column)
    {
        _columns.Add(column);
        return column;
    }

    protected void Unique(string index, params Column[] columns) => _indexes.Add(new TableIndex(index, columns, Unique: true));

    protected void Index(string index, params Column[] columns) => _indexes.Add(new TableIndex(index, columns, Unique: false));
}
