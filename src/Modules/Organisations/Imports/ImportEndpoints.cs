using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>
/// <c>POST /api/imports/organisations</c> (staff): a CSV or xlsx file in the multipart field <c>file</c>; with
/// <c>?dryRun=true</c> the report of what would happen, nothing written; without, valid rows written and refused rows
/// reported. A file that cannot be read or lacks a required column answers 400 naming <c>file</c>.
/// </summary>
internal static class ImportEndpoints
{
    public const string Root = "/api/imports";

    /// <summary>The largest file accepted (10,000 rows of CSV take about 1 MB).</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static void MapImports(this IEndpointRouteBuilder root)
    {
        var api = root.MapGroup(Root).RequireAuthorization(Policies.Staff);
        api.MapPost("/organisations", ImportOrganisationsAsync).WithName("ImportOrganisations").DisableAntiforgery();
    }

    private static async Task<IResult> ImportOrganisationsAsync(
        bool? dryRun, HttpContext http, IImportFileReader reader, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        if (await UploadedFiles.ReadAsync(http, "file", MaxFileBytes, ct) is not { File: var file })
        {
            return Refusal.Invalid("file", "common.import.file-missing").ToHttpResult();
        }
        await using var content = file.OpenReadStream();
        var table = await reader.ReadAsync(content, file.FileName, ct);
        return (await OrganisationImportHandler.ImportAsync(table, dryRun ?? false, session, clock, ct))
            .ToHttpResult(result => Results.Ok(ImportReport.From(result, texts)));
    }
}
