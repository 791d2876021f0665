using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Applications;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.FollowUp;
using Kompetenzzentrum.Modules.Sprints.Merges;
using Kompetenzzentrum.Modules.Sprints.Notifications;
using Kompetenzzentrum.Modules.Sprints.Offerings;
using Kompetenzzentrum.Modules.Sprints.Periods;
using Kompetenzzentrum.Modules.Sprints.Phases;
using Kompetenzzentrum.Modules.Sprints.Privacy;
using Kompetenzzentrum.Modules.Sprints.Report;
using Kompetenzzentrum.Modules.Sprints.Tasks;
using Kompetenzzentrum.Modules.Sprints.Workshops;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Modules.Sprints;

/// <summary>Multi-week business-model sprints in the phases analysis, synthesis, ideation and transfer.</summary>
public sealed class SprintsModule : ModuleBase
{
    private const string Erased = SprintPersonalData.Erased;

    public override ModuleDescriptor Descriptor { get; } = new(
        "sprints",
        new LocalizedText("Geschäftsmodellsprints", "Business-model sprints"),
        new Version(0, 2, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        ["catalog"]);

    public override void ConfigureServices(ModuleServicesContext context)
    {
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            SprintOfferingType.Key,
            new("Geschäftsmodellsprint", "Business-model sprint"),
            new("Mehrwöchige Begleitung eines Unternehmens bei der Erneuerung seines Geschäftsmodells.",
                "Several weeks of working with one company on its business model."),
            CapacityModel.OneToOneSlot,
            ["staff-approval"]));
        context.Services.AddSingleton<IBookingRule, StaffApprovalRule>();
        context.Services.AddSingleton(FollowUpDelay.From(context.Configuration));
        context.Services.AddSingleton<SprintMailer>();
        context.Services.AddSingleton<SprintPersonalData>();
        context.Services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<SprintPersonalData>());
        context.Services.AddSingleton<IPersonalDataExporter>(sp => sp.GetRequiredService<SprintPersonalData>());
        context.Services.AddSingleton<IOrganisationMergeParticipant, SprintsMerge>();
        context.Services.AddSingleton<IOrganisationHistorySource, History.SprintHistory>();
        SprintMailTemplates.Register(context.Services);
        TransferReport.Register(context.Services);
        context.Services.AddTexts<SprintsModule>("sprints");
    }

    public override void ConfigureJobs(IQuartzBuilder quartz)
    {
        quartz.AddJob<WorkshopReminderJob>(job => job.WithIdentity(WorkshopReminderJob.Key).StoreDurably());
        quartz.AddJob<FollowUpJob>(job => job.WithIdentity(FollowUpJob.Key).StoreDurably());
        quartz.AddJob<OverdueTaskJob>(job => job.WithIdentity(OverdueTaskJob.Key).StoreDurably());
        quartz.AddTrigger(trigger => trigger.WithIdentity(OverdueTaskJob.Daily).ForJob(OverdueTaskJob.Key)
            .WithCronSchedule("0 0 7 * * ?", cron => cron.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"))));
    }

    public override void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Add<SprintOfferingProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<SprintOffering>().MultiTenanted();
        options.Projections.Add<ProgramPeriodProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ProgramPeriod>().MultiTenanted();
        options.Projections.Add<SprintApplicationProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<SprintApplication>().MultiTenanted().Index(a => a.OrganisationId);
        options.Projections.Add<EngagementProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<Engagement>().MultiTenanted().Index(e => e.OrganisationId);
        options.Projections.Add<BusinessCanvasProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<BusinessCanvas>().MultiTenanted();
        MaskPersonalData(options);
    }

    /// <summary>What erasure blanks in the stored events: every free text and name; ids, dates and numbers stay.</summary>
    private static void MaskPersonalData(StoreOptions options)
    {
        var events = options.Events;
        events.AddMaskingRuleForProtectedInformation<SprintApplied>(e => e with { Motivation = Erased, Goals = Erased, Availability = Erased });
        events.AddMaskingRuleForProtectedInformation<ApplicationAccepted>(e => e with { Reason = null });
        events.AddMaskingRuleForProtectedInformation<ApplicationDeclined>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<TeamMemberAdded>(e => e with { Name = Erased, Email = null, AccountId = null });
        events.AddMaskingRuleForProtectedInformation<ChallengesRecorded>(e => e with { Challenges = [.. e.Challenges.Select(_ => Erased)] });
        events.AddMaskingRuleForProtectedInformation<InsightsRecorded>(e => e with { Insights = [.. e.Insights.Select(_ => Erased)] });
        events.AddMaskingRuleForProtectedInformation<IdeaAdded>(e => e with { Title = Erased, Description = Erased });
        events.AddMaskingRuleForProtectedInformation<RoadmapActionAdded>(e => e with { Title = Erased, Owner = Erased });
        events.AddMaskingRuleForProtectedInformation<PhaseReopened>(e => e with { Reason = null });
        events.AddMaskingRuleForProtectedInformation<WorkshopScheduled>(e => e with { Title = Erased, Place = null, Link = null });
        events.AddMaskingRuleForProtectedInformation<WorkshopRescheduled>(e => e with { Title = Erased, Place = null, Link = null });
        events.AddMaskingRuleForProtectedInformation<TaskAssigned>(e => e with { Title = Erased });
        events.AddMaskingRuleForProtectedInformation<CanvasSaved>(e => e with { Blocks = CanvasBlocks.Empty, AccountId = null });
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapSprintOfferings();
        api.MapPeriods();
        api.MapApplications();
        api.MapDecideApplication();
        api.MapEngagements();
        api.MapResults();
        api.MapPhases();
        api.MapCanvas();
        api.MapWorkshops();
        api.MapTasks();
        api.MapTransferReport();
        api.MapFollowUp();
    }

    public override void MapPages(IEndpointRouteBuilder pages)
    {
        pages.MapSprintPages();
        pages.MapSprintBoardPages();
        pages.MapPeriodPages();
        pages.MapResultPages();
        pages.MapTeamPages();
        pages.MapWorkshopPages();
        pages.MapTimelinePages();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new(SprintPages.Path, new("Mein Sprint", "My sprint"), NavigationArea.Sme, 50),
        new(SprintBoardPages.Path, new("Sprints", "Sprints"), NavigationArea.Staff, 50),
    ];
}
