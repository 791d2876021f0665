using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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
        bool? dryRun, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        if (await ReadFileAsync(http, ct) is not { } file)
        {
            return Refusal.Invalid("file", "organisations.import.file-missing").ToHttpResult();
        }
        var table = await ImportTable.ReadAsync(file.Stream, file.Name, ct);
        return (await OrganisationImportHandler.ImportAsync(table, dryRun ?? false, session, clock, ct))
            .ToHttpResult(result => Results.Ok(ImportReport.From(result, texts)));
    }

    /// <summary>The uploaded file of the multipart field <c>file</c>, or null when there is none or it is too large.</summary>
    public static async Task<(Stream Stream, string Name)?> ReadFileAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxFileBytes + 64 * 1024;
        }
        if (!http.Request.HasFormContentType || http.Request.ContentLength > MaxFileBytes + 64 * 1024)
        {
            return null;
        }
        try
        {
            var form = await http.Request.ReadFormAsync(ct);
            return form.Files.GetFile("file") is { Length: > 0 } file ? (file.OpenReadStream(), file.FileName) : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return null;
        }
    }
}
