using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// The API endpoint of an import, the same for every import (the API twin of <c>Contracts.Ui.ImportPageEndpoints</c>):
/// <c>POST {path}</c> for staff with a CSV or xlsx file in the multipart field <c>file</c>; <c>?dryRun=true</c> answers the
/// report without writing. A missing file or one that cannot be read answers 400 naming <c>file</c>.
/// </summary>
public static class ImportApiEndpoints
{
    /// <summary>The largest file accepted (10,000 rows of CSV take about 1 MB).</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>Maps the import at <paramref name="path"/>; name the operation on the builder returned.</summary>
    /// <param name="root">The module's root routes.</param>
    /// <param name="path">The endpoint's path, e.g. <c>/api/imports/organisations</c>.</param>
    /// <param name="import">The module's handler: the table (null when unreadable), whether it is a dry run, the request.</param>
    public static RouteHandlerBuilder MapImportApi(this IEndpointRouteBuilder root, string path,
        Func<ImportTable?, bool, HttpContext, CancellationToken, Task<Result<ImportResult>>> import) =>
        root.MapPost(path, async (bool? dryRun, HttpContext http, IImportFileReader reader, ITexts texts, CancellationToken ct) =>
            {
                if (await UploadedFiles.ReadAsync(http, "file", MaxFileBytes, ct) is not { File: var file })
                {
                    return Refusal.Invalid("file", "common.import.file-missing").ToHttpResult();
                }
                await using var content = file.OpenReadStream();
                var table = await reader.ReadAsync(content, file.FileName, ct);
                return (await import(table, dryRun ?? false, http, ct)).ToHttpResult(result => Results.Ok(ImportReport.From(result, texts)));
            })
            .RequireAuthorization(Policies.Staff)
            .DisableAntiforgery();
}
