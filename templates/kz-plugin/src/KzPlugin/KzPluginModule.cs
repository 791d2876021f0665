using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using KzPlugin.Bookings;
using KzPlugin.Maintenance;
using KzPlugin.Overview;
using KzPlugin.Stations;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace KzPlugin;

/// <summary>
/// The plugin's entry point, found by the host in <c>&lt;PluginsPath&gt;/KzPlugin/KzPlugin.dll</c>. It adds an offering type with a
/// booking rule, its own events and projection in the shared store, a Quartz job, endpoints under <c>/api/kzplugin</c>, a
/// back-office page at <c>/kzplugin</c>, texts and mail templates in German and English.
/// </summary>
public sealed class KzPluginModule : ModuleBase
{
    /// <summary>The offering type's key.</summary>
    public const string OfferingType = "kzplugin-workshop";

    public override ModuleDescriptor Descriptor { get; } = new(
        "kzplugin",
        new LocalizedText("KzPlugin", "KzPlugin"),
        new Version(1, 0, 0),
        "KZ_PROVIDER",
        ["catalog"]);

    public override void ConfigureServices(ModuleServicesContext context)
    {
        // Texts.resx (German) and Texts.en.resx (English), keys starting with the plugin's id.
        context.Services.AddTexts<KzPluginModule>("kzplugin");
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            OfferingType,
            new("KzPlugin-Workshop", "KzPlugin workshop"),
            new("Praxisworkshop an den Stationen des Partnerzentrums.", "Hands-on workshop at the partner center's stations."),
            CapacityModel.SeatsPerSession,
            [SeatsPerOrganisationRule.RuleKey]));
        // The type's booking rule; seats, waitlist, cancellation and reminders come from the catalog's booking engine.
        context.Services.AddSingleton(SeatsPerOrganisation.From(context.Configuration));
        context.Services.AddSingleton<IBookingRule, SeatsPerOrganisationRule>();
        // Mail templates staff can adapt on the templates page; Scriban, one per language.
        context.Services.AddDefaultTemplate(new TemplateDefinition(
            "kzplugin.workshop-invitation",
            "de",
            "Guten Tag {{ name }},\nwir freuen uns auf Sie an der Station „{{ station }}“.",
            "Einladung zu einem KzPlugin-Workshop",
            new { Name = "Frau Beispiel", Station = "Montage" }));
        context.Services.AddDefaultTemplate(new TemplateDefinition(
            "kzplugin.workshop-invitation",
            "en",
            "Hello {{ name }},\nwe look forward to seeing you at the station '{{ station }}'.",
            "Invitation to a KzPlugin workshop",
            new { Name = "Ms Example", Station = "Assembly" }));
    }

    public override void ConfigureMarten(StoreOptions options) =>
        options.Projections.Add<StationProjection>(ProjectionLifecycle.Inline);

    public override void ConfigureJobs(IQuartzBuilder quartz) =>
        quartz.AddJob<MaintenanceCheckJob>(job => job.WithIdentity(MaintenanceCheckJob.Key).StoreDurably());

    public override void MapEndpoints(IEndpointRouteBuilder api) => api.MapStations();

    public override void MapPages(IEndpointRouteBuilder pages) => pages.MapStationPages();

    // Linked in the back-office menu, for staff only.
    public override IEnumerable<NavigationItem> Navigation =>
        [new(StationPages.Path, new LocalizedText("KzPlugin", "KzPlugin"), NavigationArea.Staff, 90, Policies.Staff)];
}
