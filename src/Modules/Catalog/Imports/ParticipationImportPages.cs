using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Imports;

/// <summary>The staff page of the participation import: check, then import the checked file (<see cref="ImportPageEndpoints"/>).</summary>
internal static class ParticipationImportPages
{
    public const string Path = "/backoffice/importe/teilnahmen";

    public static void MapParticipationImportPages(this IEndpointRouteBuilder pages) =>
        pages.MapImportPage<ParticipationImportPage>(Path, "participations", (table, check, http, ct) =>
        {
            var services = http.RequestServices;
            return ParticipationImportHandler.ImportAsync(table, check, services.GetRequiredService<IDocumentSession>(),
                services.GetService<IOrganisationExternalIds>(), services.GetRequiredService<TimeProvider>(), ct);
        });
}
