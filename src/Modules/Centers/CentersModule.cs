using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Centers.Centers;
using Kompetenzzentrum.Modules.Centers.Resolution;
using Kompetenzzentrum.Modules.Centers.Upgrade;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Centers;

/// <summary>
/// The centers of the network on one deployment (issue 32, first slice): platform administrators create and edit centers,
/// the host creates the default center on upgrade, and <see cref="ICurrentCenter"/> tells which center a request is for.
/// No other module's data is filtered by center yet (see README and docs/tenancy.md).
/// </summary>
public sealed class CentersModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "centers",
        new LocalizedText("Zentren", "Centers"),
        new Version(0, 1, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        []);

    // One per module instance, shared by the Marten listener that sees center writes and the cache that reloads on them.
    private readonly CenterChanges _changes = new();

    public override void ConfigureServices(ModuleServicesContext context)
    {
        context.Services.AddTexts<CentersModule>("centers");
        context.Services.AddSingleton(_changes);
        context.Services.AddSingleton<CenterCache>();
        context.Services.AddSingleton<ICenterDirectory, CenterDirectory>();
        context.Services.AddSingleton<CurrentCenter>();
        context.Services.AddSingleton<ICurrentCenter>(sp => sp.GetRequiredService<CurrentCenter>());
        // The default center is configured for the whole installation (Kompetenzzentrum:Center), not under Modules:centers.
        context.Services.AddHostedService(sp => new DefaultCenter(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IDocumentStore>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DefaultCenter>>()));
    }

    public override void ConfigureMarten(StoreOptions options)
    {
        options.Projections.AddGlobalProjection(new CenterProjection(), ProjectionLifecycle.Inline);
        CenterIndexes.Register(options);
        options.Listeners.Add(new CenterChangeListener(_changes));
    }

    public override void MapEndpoints(IEndpointRouteBuilder api) => api.MapCenters();

    public override void MapPages(IEndpointRouteBuilder pages) => pages.MapCenterPages();

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new(CenterPages.Path, new("Zentren", "Centers"), NavigationArea.Staff, 84, Policies.PlatformAdmin),
    ];
}
