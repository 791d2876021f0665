namespace Kompetenzzentrum.Contracts.Imports;

/// <summary>One data row of an uploaded file.</summary>
/// <param name="Number">The row number as a spreadsheet shows it: the header is row 1, the first data row 2.</param>
/// <param name="Cells">The row's cells by header (headers compared without case).</param>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The trimmed cell under <paramref name="header"/>, or null when the column is missing or the cell blank.</summary>
    /// <param name="header">The header as the file spells it (see <see cref="ImportColumns.Find"/>), or null.</param>
    public string? this[string? header] =>
        header is not null && Cells.TryGetValue(header, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>An uploaded table as text: its headers in file order and its non-blank data rows.</summary>
/// <param name="Headers">The header row's cells, trimmed.</param>
/// <param name="Rows">The data rows; blank rows are left out but counted in the row numbers.</param>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows);
