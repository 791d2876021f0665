using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>The staff page of the organisation import: check, then import the checked file (<see cref="ImportPageEndpoints"/>).</summary>
internal static class ImportPages
{
    public const string Path = "/backoffice/importe/unternehmen";

    public static void MapImportPages(this IEndpointRouteBuilder pages) =>
        pages.MapImportPage<OrganisationImportPage>(Path, "organisations", (table, check, http, ct) => OrganisationImportHandler.ImportAsync(
            table, check, http.RequestServices.GetRequiredService<IDocumentSession>(), http.RequestServices.GetRequiredService<TimeProvider>(), ct));
}
