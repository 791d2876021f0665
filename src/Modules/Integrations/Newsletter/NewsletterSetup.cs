using JasperFx.Events.Grouping;
using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Announcements;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Privacy;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter;

/// <summary>The newsletter's services, documents, projections and dispatch job, registered by the module.</summary>
internal static class NewsletterSetup
{
    public static NewsletterOptions Register(ModuleServicesContext context)
    {
        var options = NewsletterOptions.From(context.Configuration);
        context.Services.AddSingleton(options);
        context.Services.AddSingleton<NewsletterTokens>();
        context.Services.AddTransient<NewsletterSubscriptions>();
        context.Services.AddTransient<NewsletterCampaigns>();
        context.Services.AddSingleton<IConfigureMarten, SessionAnnouncementSetup>();
        context.Services.AddSingleton<NewsletterPersonalData>();
        context.Services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<NewsletterPersonalData>());
        context.Services.AddSingleton<IPersonalDataExporter>(sp => sp.GetRequiredService<NewsletterPersonalData>());
        SubscribeRateLimit.Register(context.Services, options);
        ConfirmationMail.Register(context.Services);
        SessionAnnouncementMail.Register(context.Services);
        return options;
    }

    public static void ConfigureMarten(StoreOptions options)
    {
        options.Projections.AddGlobalProjection(new NewsletterSubscriberProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new NewsletterOrganisationProjection { TenancyGrouping = TenancyGrouping.AcrossTenants }, ProjectionLifecycle.Inline);
        options.Projections.Add<WatchableOfferingProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<WatchableOffering>().MultiTenanted();
        options.Schema.For<NewsletterSubscriber>().Duplicate(s => s.TokenHash!).Duplicate(s => s.Status);
        options.Schema.For<Campaign>().UseOptimisticConcurrency(true);
        options.Schema.For<CampaignRecipient>()
            .Duplicate(r => r.CampaignId)
            .Duplicate(r => r.State)
            .Duplicate(r => r.QueuedAt, pgType: "timestamptz")
            .Duplicate(r => r.LeasedUntil!, pgType: "timestamptz");
        options.Schema.For<SessionWatch>().Duplicate(w => w.OfferingId);
        options.Schema.For<ErasedSubscriber>();
    }

    public static void ConfigureJobs(IQuartzBuilder quartz, NewsletterOptions options)
    {
        var poll = options.Poll;
        quartz.AddJob<CampaignDispatchJob>(job => job.WithIdentity(CampaignDispatchJob.Key).StoreDurably());
        // The first run one interval after start, like every later one: a restart does not add a run to the minute.
        quartz.AddTrigger(trigger => trigger.ForJob(CampaignDispatchJob.Key).WithIdentity("newsletter-dispatch-poll", "integrations")
            .StartAt(TimeProvider.System.GetUtcNow() + poll)
            .WithSimpleSchedule(schedule => schedule.WithInterval(poll).RepeatForever()));
    }
}
