using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.OData;
using Marten;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research;

/// <summary>Turns every interaction into pseudonymised research data, reports and OData feeds.</summary>
public sealed class ResearchModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "research",
        new LocalizedText("Bedarfsforschung", "Needs research"),
        new Version(0, 1, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        ["catalog"]);

    public override void ConfigureServices(ModuleServicesContext context)
    {
        var services = context.Services;
        services.AddSingleton(sp => new ResearchSchema(sp.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName));
        services.AddDbContext<ResearchDb>((sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddOData();
    }

    public override void ConfigureMarten(StoreOptions options)
    {
        foreach (var table in ResearchTables.All(options.DatabaseSchemaName))
        {
            options.Storage.ExtendedSchemaObjects.Add(table);
        }
        options.Projections.Add(new InteractionFactsProjection(options.DatabaseSchemaName), ProjectionLifecycle.Inline);
    }

    public override void MapRootEndpoints(IEndpointRouteBuilder app) => app.MapResearchOData();
}
