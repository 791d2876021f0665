using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;

namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>
/// Fed by the async daemon with every committed event (the daemon runs each subscription on one host only), it
/// plans deliveries through <see cref="WebhookOutbox"/> in the page's own transaction, so an event is never lost between
/// commit and delivery. It starts at the present: a new installation does not send old history.
/// </summary>
internal sealed class WebhookOutboxSubscription : SubscriptionBase
{
    public const string SubscriptionKey = "integrations-webhook-outbox";

    public WebhookOutboxSubscription()
    {
        Name = SubscriptionKey;
        Options.BatchSize = 500;
        Options.SubscribeFromPresent();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        await WebhookOutbox.PlanAsync(page.Events, operations, cancellationToken);
        return NullChangeListener.Instance;
    }
}

/// <summary>Adds the outbox subscription to the shared store.</summary>
internal sealed class WebhookOutboxSetup : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Events.Subscribe(new WebhookOutboxSubscription());
}
