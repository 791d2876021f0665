namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// An insert into a research table, written from its described columns: <c>insert into s.t (a, b)</c>, followed by the
/// values as parameters (<see cref="Values"/> for Npgsql, <see cref="Parameters"/> for Marten) or by a query of the
/// caller's own.
/// </summary>
internal sealed record Insert(string Table, IReadOnlyList<Column> Columns)
{
    public static Insert Into(string table, params Column[] columns) => new(table, columns);

    /// <summary><c>insert into s.t (a, b)</c>, for a query to follow.</summary>
    public override string ToString() => $"insert into {Table} ({Column.List(Columns)})";

    /// <summary><c>… values ($1, $2)</c>: Npgsql's positional parameters.</summary>
    public string Values => $"{this} values ({string.Join(", ", Columns.Select((_, i) => $"${i + 1}"))})";

    /// <summary>
    /// <c>… select ?::uuid, ?::text</c>: Marten's parameters, typed as the columns are, so that a <c>where</c> may follow.
    /// </summary>
    public string Parameters => $"{this} select {string.Join(", ", Columns.Select(c => $"?::{c.Type}"))}";

    /// <summary><c>… select a, b {from}</c>: the same columns of a query, e.g. of a CTE named as this table names them.</summary>
    public string SelectFrom(string from) => $"{this} select {Column.List(Columns)} {from}";

    /// <summary><c>on conflict (key) do update set a = excluded.a, …</c>: an upsert of <paramref name="columns"/>.</summary>
    public static string OnConflictUpdate(Column key, params Column[] columns) =>
        $"on conflict ({key}) do update set {string.Join(", ", columns.Select(c => $"{c} = excluded.{c}"))}";
}
