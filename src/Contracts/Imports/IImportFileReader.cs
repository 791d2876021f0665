namespace Kompetenzzentrum.Contracts.Imports;

/// <summary>
/// Reads uploaded import files, provided by the host: CSV in UTF-8 with <c>;</c> or <c>,</c> (detected from the header
/// line) and Excel <c>.xlsx</c> (the first sheet), through maintained libraries, so that every module and plugin that
/// imports reads files alike.
/// </summary>
public interface IImportFileReader
{
    /// <summary>The table, or null when the file is neither readable UTF-8 CSV nor xlsx.</summary>
    /// <param name="file">The file's content.</param>
    /// <param name="fileName">The uploaded file's name, if known (an <c>.xlsx</c> name selects Excel).</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    Task<ImportTable?> ReadAsync(Stream file, string? fileName, CancellationToken cancellationToken);
}
