namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// A column of a research table as PostgreSQL knows it. It writes itself into SQL as its name
/// (<c>$"select {t.Month} from {t}"</c>), so renaming a column is one edit of its table's description.
/// </summary>
internal sealed record Column(string Name, string Type, bool Nullable = false)
{
    public override string ToString() => Name;

    /// <summary><c>a, b, c</c>, or with a table alias <c>f.a, f.b, f.c</c>.</summary>
    public static string List(IEnumerable<Column> columns, string? alias = null) =>
        string.Join(", ", columns.Select(c => alias is null ? c.Name : $"{alias}.{c.Name}"));
}

/// <summary>An index of a research table; the unique ones are what the writer's <c>on conflict</c> relies on.</summary>
internal sealed record TableIndex(string Name, IReadOnlyList<Column> Columns, bool Unique);
