namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>
/// One organisation in the directory; <paramref name="Level"/> is the latest check's level, <paramref name="LastContact"/> the
/// newest history entry.
/// </summary>
internal sealed record DirectoryRow(
    Guid Id, string Name, string Industry, string SizeClass, string FederalState, string? Level, DateTimeOffset? LastContact);

/// <summary>A page of the directory: its rows (by name), how many matched in all, the page and its size.</summary>
internal sealed record DirectoryResult(IReadOnlyList<DirectoryRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
