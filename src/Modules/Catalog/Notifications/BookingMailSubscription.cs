using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Notifications;

/// <summary>
/// Sends the booking mails and schedules the reminders off the request path, but durably: the async daemon
/// feeds this subscription every committed booking event and records its progress only after a page is
/// handled, so a crash between commit and mail means the mail is sent after the restart (at least once),
/// never that it is lost. It starts at the present, so a new installation does not mail old history.
/// </summary>
internal sealed class BookingMailSubscription : SubscriptionBase
{
    public const string SubscriptionKey = "catalog-booking-mails";

    private readonly IServiceProvider _services;

    public BookingMailSubscription(IServiceProvider services)
    {
        _services = services;
        Name = SubscriptionKey;
        IncludeType<BookingConfirmed>();
        IncludeType<BookingWaitlisted>();
        IncludeType<BookingCancelled>();
        IncludeType<SeatOffered>();
        IncludeType<SeatOfferLapsed>();
        IncludeType<BookingRequested>();
        IncludeType<BookingRejected>();
        IncludeType<SessionMoved>();
        IncludeType<BookingCompleted>();
        Options.BatchSize = 500;
        Options.SubscribeFromPresent();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // Resolved here, not in the constructor: the notifier needs the store this subscription is part of.
        await _services.GetRequiredService<BookingNotifier>().NotifyAsync(page.Events, cancellationToken);
        return NullChangeListener.Instance;
    }
}

/// <summary>Adds the mail subscription to the shared store once the container exists.</summary>
internal sealed class BookingMailSubscriptionSetup : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Events.Subscribe(new BookingMailSubscription(services));
}
