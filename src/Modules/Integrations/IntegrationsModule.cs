using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Integrations.Delivery;
using Kompetenzzentrum.Modules.Integrations.Newsletter;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Pages;
using Kompetenzzentrum.Modules.Integrations.Pages;
using Kompetenzzentrum.Modules.Integrations.Subscriptions;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Modules.Integrations;

/// <summary>
/// Webhooks (Standard Webhooks): staff subscribe receivers to the platform's public events; deliveries are durable and retried.
/// Newsletter: double opt-in, segmented campaigns sent through the mail outbox, announcements of new dates.
/// </summary>
public sealed class IntegrationsModule : ModuleBase
{
    private DeliveryOptions? _options;
    private NewsletterOptions? _newsletter;

    public override ModuleDescriptor Descriptor { get; } = new(
        "integrations",
        new LocalizedText("Schnittstellen", "Integrations"),
        new Version(0, 1, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        []);

    public override void ConfigureServices(ModuleServicesContext context)
    {
        _options = DeliveryOptions.From(context.Configuration);
        context.Services.AddTexts<IntegrationsModule>("integrations");
        context.Services.AddSingleton(_options);
        context.Services.AddSingleton<DeliveryClaims>();
        context.Services.AddSingleton<WebhookSender>();
        context.Services.AddSingleton<IConfigureMarten, WebhookOutboxSetup>();
        DisabledMail.Register(context.Services);
        _newsletter = NewsletterSetup.Register(context);
    }

    public override void ConfigureMarten(StoreOptions options)
    {
        options.Schema.For<WebhookSubscription>().UseOptimisticConcurrency(true);
        options.Schema.For<WebhookDelivery>()
            .Duplicate(d => d.State)
            .Duplicate(d => d.NextAttemptAt, pgType: "timestamptz")
            .Duplicate(d => d.LeasedUntil!, pgType: "timestamptz")
            .Duplicate(d => d.SubscriptionId);
        NewsletterSetup.ConfigureMarten(options);
    }

    public override void ConfigureJobs(IQuartzBuilder quartz)
    {
        // A short poll: due deliveries are found by an indexed query, and receivers expect events within seconds.
        var poll = (_options ?? throw new InvalidOperationException("ConfigureServices runs first")).Poll;
        quartz.AddJob<WebhookDispatchJob>(job => job.WithIdentity(WebhookDispatchJob.Key).StoreDurably());
        quartz.AddTrigger(trigger => trigger.ForJob(WebhookDispatchJob.Key).WithIdentity("webhook-dispatch-poll", "integrations")
            .WithSimpleSchedule(schedule => schedule.WithInterval(poll).RepeatForever()));
        NewsletterSetup.ConfigureJobs(quartz, _newsletter ?? throw new InvalidOperationException("ConfigureServices runs first"));
    }

    public override void MapRootEndpoints(IEndpointRouteBuilder app)
    {
        app.MapWebhooks();
        app.MapNewsletter();
    }

    public override void MapPages(IEndpointRouteBuilder pages)
    {
        pages.MapWebhookPages();
        pages.MapNewsletterPages();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new(WebhookPages.Path, new("Webhooks", "Webhooks"), NavigationArea.Staff, 90, Policies.Staff),
        new(NewsletterPages.Staff, new("Newsletter", "Newsletter"), NavigationArea.Staff, 91, Policies.Staff),
    ];
}
