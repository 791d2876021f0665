using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Imports;

/// <summary>
/// <c>POST /api/imports/participations</c> (staff): past participations from a CSV or xlsx file in the multipart field
/// <c>file</c>; <c>?dryRun=true</c> reports without writing. Answers the same report as the organisation import.
/// </summary>
internal static class ParticipationImportEndpoints
{
    public const string Path = "/api/imports/participations";

    /// <summary>The largest file accepted.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static void MapParticipationImport(this IEndpointRouteBuilder root) =>
        root.MapPost(Path, ImportAsync).RequireAuthorization(Policies.Staff).WithName("ImportParticipations").DisableAntiforgery();

    private static async Task<IResult> ImportAsync(
        bool? dryRun, HttpContext http, IImportFileReader reader, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        if (await UploadedFiles.ReadAsync(http, "file", MaxFileBytes, ct) is not { File: var file })
        {
            return Refusal.Invalid("file", "common.import.file-missing").ToHttpResult();
        }
        await using var content = file.OpenReadStream();
        var table = await reader.ReadAsync(content, file.FileName, ct);
        var organisations = http.RequestServices.GetService<IOrganisationExternalIds>();
        return (await ParticipationImportHandler.ImportAsync(table, dryRun ?? false, session, organisations, clock, ct))
            .ToHttpResult(result => Results.Ok(ImportReport.From(result, texts)));
    }
}
