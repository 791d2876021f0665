using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Research.Dashboard;
using Kompetenzzentrum.Modules.Research.Feedback;
using Kompetenzzentrum.Modules.Research.FeedbackReview;
using Kompetenzzentrum.Modules.Research.FunderReport;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.OData;
using Kompetenzzentrum.Modules.Research.Privacy;
using Kompetenzzentrum.Modules.Research.Rebuild;
using Kompetenzzentrum.Modules.Research.Reports;
using Kompetenzzentrum.Modules.Research.Tables;
using Marten;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;

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
        services.AddTexts<ResearchModule>("research");
        services.AddSingleton(sp => new ResearchSchema(sp.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName));
        var timeout = StatementTimeout.From(context.Configuration);
        services.AddDbContext<ResearchDb>((sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()).AddInterceptors(timeout)
            // EF Core logs each executed statement's SQL at Information; production logs keep SQL text at Debug.
            .ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug))));
        services.AddOData();
        services.AddSingleton(new SurveyLinks(context.Configuration["SurveyBaseUrl"] ?? "http://localhost:5000"));
        SurveyMail.Register(services);
        NeedsReportTemplate.Register(services);
        services.AddSingleton<IModuleSeeder, DemoData.DemoFeedbackSeeder>();
        services.AddSingleton<NeedsReportQueries>();
        services.AddSingleton<IProgramKpis, ProgramKpiTotals>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<NeedsReports>();
        services.AddSingleton<FunderReportQueries>();
        services.AddSingleton<FeedbackReviews>();
        services.AddSingleton<FunderReports>();
        services.AddSingleton<ResearchRebuild>();
        services.AddSingleton<IPersonalDataEraser, ResearchEraser>();
        services.AddSingleton<Contracts.Organisations.IOrganisationHistorySource, History.FeedbackHistory>();
    }

    public override void ConfigureJobs(IQuartzBuilder quartz)
    {
        quartz.AddJob<SurveyDispatchJob>(job => job.WithIdentity(SurveyDispatchJob.Key).StoreDurably());
        // A short poll: the survey table's pending rows are found by a cheap query, and a mail a few seconds
        // after completion is what participants expect.
        quartz.AddTrigger(trigger => trigger.ForJob(SurveyDispatchJob.Key).WithIdentity("feedback-survey-dispatch-poll", "research")
            .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromSeconds(5)).RepeatForever()));
        quartz.AddJob<MonthlyNeedsReportJob>(job => job.WithIdentity(MonthlyNeedsReportJob.Key).StoreDurably());
        quartz.AddTrigger(trigger => trigger.ForJob(MonthlyNeedsReportJob.Key).WithIdentity("needs-report-monthly", "research")
            .WithCronSchedule("0 0 5 1 * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc)));
    }

    public override void ConfigureMarten(StoreOptions options)
    {
        foreach (var table in ResearchTables.All)
        {
            options.Storage.ExtendedSchemaObjects.Add(table.ToWeasel(options.DatabaseSchemaName));
        }
        options.Events.AddEventType<FeedbackGiven>();
        options.Projections.Add(new InteractionFactsProjection(new ResearchWriter(options.DatabaseSchemaName)), ProjectionLifecycle.Inline);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapSurveys();
        api.MapFeedbackReview();
        api.MapReports();
        api.MapProgramKpis();
        api.MapFunderReports();
        api.MapRebuild();
    }

    public override void MapRootEndpoints(IEndpointRouteBuilder app) => app.MapResearchOData();

    // The SME's feedback forms (Feedback/SurveyPages), the mailed survey link's page (Feedback/SurveyTokenPages) and the
    // analysts' dashboard (Dashboard/), the funder report (FunderReport/) and the staff review of free texts (FeedbackReview/).
    public override void MapPages(IEndpointRouteBuilder pages)
    {
        pages.MapSurveyPages();
        pages.MapSurveyTokenPages();
        pages.MapDashboardPages();
        pages.MapFunderReportPages();
        pages.MapFeedbackReviewPages();
        pages.MapReportsPages();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new(SurveyPages.Path, new("Feedback", "Feedback"), NavigationArea.Sme, 90, Policies.OrganisationMember),
        new(DashboardPages.Path, new LocalizedText("Bedarfsanalyse", "Needs analysis"), NavigationArea.Analyst, 10),
        new(FeedbackReviewPages.Path, new LocalizedText("Freitexte prüfen", "Review free texts"), NavigationArea.Staff, 75, Policies.Staff),
        new(ReportsPages.Path, new LocalizedText("Berichte", "Reports"), NavigationArea.Staff, 76, Policies.Staff),
    ];
}
