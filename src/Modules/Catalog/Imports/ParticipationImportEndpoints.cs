using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Imports;

/// <summary>
/// The participation import's two adapters over <see cref="ParticipationImportHandler"/>: <c>POST /api/imports/participations</c>
/// (<see cref="ImportApiEndpoints"/>) and the staff page (<see cref="ImportPageEndpoints"/>: check, then import the checked file).
/// </summary>
internal static class ParticipationImportEndpoints
{
    public const string Path = "/api/imports/participations";

    public const string PagePath = "/backoffice/importe/teilnahmen";

    public static void MapParticipationImport(this IEndpointRouteBuilder root) =>
        root.MapImportApi(Path, ImportAsync).WithName("ImportParticipations");

    public static void MapParticipationImportPages(this IEndpointRouteBuilder pages) =>
        pages.MapImportPage<ParticipationImportPage>(PagePath, "participations", ImportAsync);

    private static Task<Result<ImportResult>> ImportAsync(ImportTable? table, bool dryRun, HttpContext http, CancellationToken ct)
    {
        var services = http.RequestServices;
        return ParticipationImportHandler.ImportAsync(table, dryRun, services.GetRequiredService<IDocumentSession>(),
            services.GetService<IOrganisationExternalIds>(), services.GetRequiredService<TimeProvider>(), ct);
    }
}
