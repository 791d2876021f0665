using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Mail;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Mails the owner of an account when it is locked after repeated failed sign-ins. Sign-in answers a locked
/// account like a wrong password (so nobody learns which addresses have accounts); this mail is how the owner
/// learns of the lock. Fed by the async daemon from committed events, so it runs once however many hosts there
/// are and whichever way the lock was recorded; it starts at the present, so old locks are not mailed.
/// </summary>
internal sealed class LockoutMailSubscription : SubscriptionBase
{
    public const string SubscriptionKey = "organisations-lockout-mails";

    private readonly IServiceProvider _services;

    public LockoutMailSubscription(IServiceProvider services)
    {
        _services = services;
        Name = SubscriptionKey;
        IncludeType<AccountLockedOut>();
        Options.SubscribeFromPresent();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // Resolved here, not in the constructor: the outbox needs the store this subscription is part of.
        var mail = _services.GetRequiredService<IMailSender>();
        foreach (var locked in page.Events.Select(e => e.Data).OfType<AccountLockedOut>())
        {
            if (await operations.LoadAsync<Account>(locked.AccountId, cancellationToken) is { Erased: false, Email: { } email } account)
            {
                await mail.SendAsync(AccountMails.LockedOut(email, account.DisplayName, locked.Until), cancellationToken);
            }
        }
        return NullChangeListener.Instance;
    }
}

/// <summary>Adds the lockout mail subscription to the shared store once the container exists.</summary>
internal sealed class LockoutMailSubscriptionSetup : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Events.Subscribe(new LockoutMailSubscription(services));
}
