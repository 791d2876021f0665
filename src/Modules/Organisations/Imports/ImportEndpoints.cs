using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>
/// The organisation import's two adapters over <see cref="OrganisationImportHandler"/>: <c>POST /api/imports/organisations</c>
/// (<see cref="ImportApiEndpoints"/>: with <c>?dryRun=true</c> the report of what would happen, nothing written; without, valid
/// rows written and refused rows reported) and the staff page (<see cref="ImportPageEndpoints"/>).
/// </summary>
internal static class ImportEndpoints
{
    public const string Path = "/api/imports/organisations";

    public const string PagePath = "/backoffice/importe/unternehmen";

    public static void MapImports(this IEndpointRouteBuilder root) =>
        root.MapImportApi(Path, ImportAsync).WithName("ImportOrganisations");

    public static void MapImportPages(this IEndpointRouteBuilder pages) =>
        pages.MapImportPage<OrganisationImportPage>(PagePath, "organisations", ImportAsync);

    private static Task<Result<ImportResult>> ImportAsync(ImportTable? table, bool dryRun, HttpContext http, CancellationToken ct) =>
        OrganisationImportHandler.ImportAsync(table, dryRun, http.RequestServices.GetRequiredService<IDocumentSession>(),
            http.RequestServices.GetRequiredService<TimeProvider>(), ct);
}
