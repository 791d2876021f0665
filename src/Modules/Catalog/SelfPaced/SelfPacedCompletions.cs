using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Media;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Packages;
using Marten;
using Marten.Exceptions;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.SelfPaced;

/// <summary>
/// Completes participations from media played through (<see cref="MediaItemCompleted"/>), fed by the async daemon: its
/// progress is recorded after a page, so a crash repeats a page rather than losing it, and the participation's own
/// stream makes a repeat do nothing. Each completion commits in a session of its own, so the inline projections
/// (research's facts and survey queue, the maturity follow-up) see the <c>ParticipationCompleted</c> as they see a
/// workshop's. It starts at the present: media completed before the catalog listened stays uncounted.
/// </summary>
internal sealed class SelfPacedCompletions : SubscriptionBase
{
    private readonly IServiceProvider _services;

    public SelfPacedCompletions(IServiceProvider services)
    {
        _services = services;
        Name = "catalog-self-paced-completions";
        IncludeType<MediaItemCompleted>();
        Options.SubscribeFromPresent();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var store = _services.GetRequiredService<IDocumentStore>();
        foreach (var played in page.Events.Select(e => e.Data).OfType<MediaItemCompleted>().Where(e => e.OfferingId is not null))
        {
            await CompleteAsync(store, played, cancellationToken);
        }
        return NullChangeListener.Instance;
    }

    public static async Task CompleteAsync(IDocumentStore store, MediaItemCompleted played, CancellationToken ct)
    {
        var offeringId = played.OfferingId!.Value;
        var stream = SelfPacedDecider.StreamOf(played.OrganisationId, offeringId);
        await using var session = store.LightweightSession();
        var offering = await session.LoadAsync<CatalogEntry>(offeringId, ct);
        var completedBefore = await session.Events.FetchStreamStateAsync(stream, ct) is not null;
        var packages = await session.Query<PackageBooking>().Where(p => p.OrganisationId == played.OrganisationId).ToListAsync(ct);
        var package = packages.OrderBy(p => p.BookedAt).FirstOrDefault(p => p.Items.Any(i => SelfPacedDecider.OpenUndated(i, offeringId)));
        if (SelfPacedDecider.Complete(played, offering, completedBefore, package) is not { } completion)
        {
            return;
        }
        session.Events.StartStream(stream, completion.Completed);
        if (completion.PackageItem is { } item)
        {
            session.Events.Append(item.PackageBookingId, item);
            session.Store(package! with
            {
                Items = package.Items.Select(i => i.BookingId == item.BookingId ? i with { Completed = true } : i).ToList(),
            });
        }
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ExistingStreamIdCollisionException)
        {
            // Completed meanwhile by another host's daemon or a repeated page: once is enough.
        }
    }
}

/// <summary>Adds the completion subscription to the shared store once the container exists.</summary>
internal sealed class SelfPacedCompletionsSetup : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Events.Subscribe(new SelfPacedCompletions(services));
}
