using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Lernfabrik.Plugin.Bookings;
using Lernfabrik.Plugin.Maintenance;
using Lernfabrik.Plugin.Overview;
using Lernfabrik.Plugin.Stations;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Lernfabrik.Plugin;

/// <summary>
/// Sample partner plugin: a model factory ("Lernfabrik") of a partner center offers hands-on workshops at
/// its stations. It adds an offering type, a default template, its own events and projection in the
/// shared store, a Quartz job, endpoints under <c>/api/lernfabrik</c> and a page at <c>/lernfabrik</c>.
/// </summary>
public sealed class LernfabrikModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "lernfabrik",
        new LocalizedText("Lernfabrik-Workshops", "Model factory workshops"),
        new Version(1, 0, 0),
        "Partnerzentrum Lernfabrik Cottbus (Beispiel)",
        ["catalog"]);

    public override void ConfigureServices(ModuleServicesContext context)
    {
        // The plugin's page and API words: Texts.resx and Texts.en.resx embedded in this assembly, so they load in the
        // plugin's own load context like a module's.
        context.Services.AddTexts<LernfabrikModule>("lernfabrik");
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            "lernfabrik-workshop",
            new("Lernfabrik-Workshop", "Model factory workshop"),
            new(
                "Praxisworkshop an den Stationen der Lernfabrik: Digitalisierung zum Anfassen.",
                "Hands-on workshop at the stations of the model factory."),
            CapacityModel.SeatsPerSession,
            [PlacesPerOrganisationRule.RuleKey]));
        // The type's only booking rule; everything else about booking comes from the catalog's engine.
        context.Services.AddSingleton(PlacesPerOrganisation.From(context.Configuration));
        context.Services.AddSingleton<IBookingRule, PlacesPerOrganisationRule>();
        context.Services.AddDefaultTemplate(new TemplateDefinition(
            "lernfabrik.workshop-invitation",
            "de",
            "Guten Tag {{ name }},\nwir freuen uns auf Sie an der Station „{{ station }}“.",
            "Einladung zu einem Lernfabrik-Workshop",
            new { Name = "Frau Beispiel", Station = "Vernetzte Montage" }));
        context.Services.AddDefaultTemplate(new TemplateDefinition(
            "lernfabrik.workshop-invitation",
            "en",
            "Hello {{ name }},\nwe look forward to seeing you at the station '{{ station }}'.",
            "Invitation to a model factory workshop",
            new { Name = "Ms Example", Station = "Connected assembly" }));
    }

    public override void ConfigureMarten(StoreOptions options) =>
        options.Projections.Add<StationProjection>(ProjectionLifecycle.Inline);

    public override void ConfigureJobs(IQuartzBuilder quartz) =>
        quartz.AddJob<MaintenanceCheckJob>(job => job.WithIdentity(MaintenanceCheckJob.Key).StoreDurably());

    public override void MapEndpoints(IEndpointRouteBuilder api) => api.MapStations();

    // A plugin adds pages like a module: mapped in the host's layout, linked from the public menu.
    public override void MapPages(IEndpointRouteBuilder pages) => pages.MapLernfabrikPages();

    public override IEnumerable<NavigationItem> Navigation =>
        [new(LernfabrikPages.Path, new LocalizedText("Lernfabrik", "Model factory"), NavigationArea.Public, 80)];
}
