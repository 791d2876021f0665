using JasperFx.Events.Grouping;
using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Networking.Curation;
using Kompetenzzentrum.Modules.Networking.DemoData;
using Kompetenzzentrum.Modules.Networking.Introductions;
using Kompetenzzentrum.Modules.Networking.Matching;
using Kompetenzzentrum.Modules.Networking.Merges;
using Kompetenzzentrum.Modules.Networking.Portal;
using Kompetenzzentrum.Modules.Networking.Privacy;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Kompetenzzentrum.Modules.Networking.RoundPlans;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Networking;

/// <summary>Matches established SMEs with startups and runs matchmaking events.</summary>
public sealed class NetworkingModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "networking",
        new LocalizedText("Netzwerk KMU und Startups", "SME and startup network"),
        new Version(0, 1, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        ["catalog"]);

    public override void ConfigureServices(ModuleServicesContext context)
    {
        context.Services.AddTexts<NetworkingModule>("networking");
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            "matchmaking-event",
            new("Matchmaking-Veranstaltung", "Matchmaking event"),
            new("Kurze Gesprächsrunden zwischen KMU und Startups mit passenden Themen.",
                "Short meeting rounds between SMEs and startups with matching topics."),
            CapacityModel.SeatsPerSession,
            [])
        { SessionPage = RoundPlanPages.PathTemplate });
        context.Services.AddSingleton<IModuleSeeder, DemoNetworkSeeder>();
        context.Services.AddSingleton<NetworkPersonalData>();
        context.Services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<NetworkPersonalData>());
        context.Services.AddSingleton<IPersonalDataExporter>(sp => sp.GetRequiredService<NetworkPersonalData>());
        context.Services.AddSingleton<IOrganisationMergeParticipant, NetworkingMerge>();
        context.Services.AddSingleton<IOrganisationHistorySource, History.NetworkingHistory>();
    }

    public override void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Add(new SmeProfileProjection { TenancyGrouping = TenancyGrouping.AcrossTenants }, ProjectionLifecycle.Inline);
        options.Projections.Add(new StartupProfileProjection { TenancyGrouping = TenancyGrouping.AcrossTenants }, ProjectionLifecycle.Inline);
        options.Projections.Add<IntroductionProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<Introduction>().MultiTenanted();
        options.Projections.Add<IntroductionPairProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<IntroductionPair>().MultiTenanted();
        options.Schema.For<MatchmakingAttendees>();
        options.Projections.Add(new MatchmakingAttendeesProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new ErasedNetworkOrganisationProjection { TenancyGrouping = TenancyGrouping.AcrossTenants },
            ProjectionLifecycle.Inline);
        NetworkMasking.Register(options);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapProfiles();
        api.MapProposals();
        api.MapIntroductions();
        api.MapRoundPlans();
    }

    public override void MapPages(IEndpointRouteBuilder pages)
    {
        pages.MapNetworkPages();
        pages.MapCurationPages();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new(NetworkPages.Path, new("Netzwerk", "Network"), NavigationArea.Sme, 70, Policies.OrganisationMember),
        new(CurationPages.Path, new("Matching", "Matching"), NavigationArea.Staff, 70, Policies.Staff),
    ];
}
