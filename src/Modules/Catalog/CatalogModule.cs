using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Browse;
using Kompetenzzentrum.Modules.Catalog.CalendarFeeds;
using Kompetenzzentrum.Modules.Catalog.Certificates;
using Kompetenzzentrum.Modules.Catalog.Dashboard;
using Kompetenzzentrum.Modules.Catalog.DemoData;
using Kompetenzzentrum.Modules.Catalog.History;
using Kompetenzzentrum.Modules.Catalog.Imports;
using Kompetenzzentrum.Modules.Catalog.Merges;
using Kompetenzzentrum.Modules.Catalog.Notifications;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Packages;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Kompetenzzentrum.Modules.Catalog.Recommendations;
using Kompetenzzentrum.Modules.Catalog.SelfPaced;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Kompetenzzentrum.Modules.Catalog.Slots;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog;

/// <summary>Programs, offerings of every registered type, sessions, packages and the generic booking lifecycle.</summary>
public sealed class CatalogModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "catalog",
        new LocalizedText("Angebotskatalog und Buchungen", "Catalog and bookings"),
        new Version(0, 2, 0),
        "Mittelstand-Digital Kompetenzzentrum");

    public override void ConfigureServices(ModuleServicesContext context)
    {
        context.Services.AddTexts<CatalogModule>("catalog");
        context.Services.AddSingleton<IModuleSeeder, DemoCatalogSeeder>();
        context.Services.AddSingleton<IModuleSeeder, DemoCatalogHistory>();
        context.Services.AddSingleton(SeatOfferWindow.From(context.Configuration));
        context.Services.AddSingleton<BookingNotifier>();
        context.Services.AddSingleton<SlotBookingMailer>();
        context.Services.AddSingleton<SessionOfferings>();
        context.Services.AddSingleton<ISlotBookings, SlotBookings>();
        context.Services.AddSingleton<Contracts.Catalog.IProgramDirectory, ProgramDirectory>();
        context.Services.AddSingleton<IConfigureMarten, BookingMailSubscriptionSetup>();
        context.Services.AddSingleton<Contracts.Catalog.IOfferingDirectory, OfferingDirectory>();
        context.Services.AddSingleton<IConfigureMarten, SelfPacedCompletionsSetup>();
        context.Services.AddScoped<BookingRuleChecks>();
        context.Services.AddScoped<PackageChanges>();
        context.Services.AddSingleton<BookingDesk>();
        context.Services.AddSingleton(BookingLanes.From(context.Configuration));
        context.Services.AddSingleton<BookingBatches>();
        context.Services.AddHostedService(sp => sp.GetRequiredService<BookingBatches>());
        context.Services.AddHostedService<RetiredReminderJobs>();
        context.Services.AddSingleton<AttendeeData>();
        context.Services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<AttendeeData>());
        context.Services.AddSingleton<IPersonalDataExporter>(sp => sp.GetRequiredService<AttendeeData>());
        context.Services.AddSingleton<CatalogMerge>();
        context.Services.AddScoped<StaffDashboard>();
        context.Services.AddSingleton<IOrganisationMergeParticipant>(sp => sp.GetRequiredService<CatalogMerge>());
        context.Services.AddSingleton<IOrganisationBookingCounts>(sp => sp.GetRequiredService<CatalogMerge>());
        context.Services.AddSingleton<IOrganisationHistorySource, CatalogHistory>();
        BookingMailTemplates.Register(context.Services);
        SessionMessages.Register(context.Services);
    }

    public override void ConfigureJobs(IQuartzBuilder quartz)
    {
        quartz.AddJob<SeatOfferExpiryJob>(job => job.WithIdentity(SeatOfferExpiryJob.Key).StoreDurably());
        quartz.AddJob<BookingReminderJob>(job => job.WithIdentity(BookingReminderJob.Key).StoreDurably());
    }

    public override void ConfigureMarten(StoreOptions options) => CatalogStorage.Register(options);

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapPrograms();
        api.MapProgramChanges();
        api.MapCatalogBrowsing();
        api.MapRecommendations();
        api.MapDraftOffering();
        api.MapChangeOffering();
        api.MapSessions();
        api.MapSessionLifecycle();
        api.MapBookSession();
        api.MapBookings();
        api.MapBookingApprovals();
        api.MapBookingDecisions();
        api.MapPhoneBookings();
        api.MapSessionMessages();
        api.MapAttendance();
        api.MapAttendanceLists();
        api.MapCertificates();
        api.MapCuratedPackages();
        api.MapBookPackage();
        api.MapPackageBookings();
        api.MapCalendarFeeds();
        api.MapStaffDashboard();
    }

    public override void MapRootEndpoints(IEndpointRouteBuilder app) => app.MapParticipationImport();

    public override void MapPages(IEndpointRouteBuilder pages)
    {
        pages.MapCatalogPages();
        pages.MapRecommendationPages();
        pages.MapPackagePages();
        pages.MapPackageAdminPages();
        pages.MapMyBookingsPages();
        pages.MapStaffPages();
        pages.MapStaffDashboardPages();
        pages.MapCalendarFeedPages();
        pages.MapCalendarFeed();
        pages.MapParticipationImportPages();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new(CatalogPages.Catalog, new LocalizedText("Katalog", "Catalog"), NavigationArea.Public, 10),
        new(PackagePages.Curated, new LocalizedText("Pakete", "Packages"), NavigationArea.Public, 20),
        new(RecommendationPages.Path, new LocalizedText("Empfehlungen", "Recommendations"), NavigationArea.Sme, 30),
        new(OfferingBookingPages.Builder, new LocalizedText("Mein Paket", "My package"), NavigationArea.Sme, 40),
        new(OfferingBookingPages.MyBookings, new LocalizedText("Meine Buchungen", "My bookings"), NavigationArea.Sme, 50),
        new(CalendarFeedPages.Path, new LocalizedText("Kalender-Abos", "Calendar subscriptions"), NavigationArea.Sme, 55),
        .. StaffPages.Navigation,
        StaffDashboardPages.Navigation,
        PackageAdminPages.Navigation,
        new(ParticipationImportEndpoints.PagePath, new LocalizedText("Import Teilnahmen", "Import participations"), NavigationArea.Staff, 85,
            Contracts.Security.Policies.Staff),
    ];
}
