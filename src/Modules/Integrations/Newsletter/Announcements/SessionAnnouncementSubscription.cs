using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Announcements;

/// <summary>
/// Fed by the async daemon (one host at a time) with new sessions (<see cref="SessionOpened"/>): each watcher of the offering
/// gets one announcement, and its watch ends in the page's own transaction. The mail's id derives from session and watch, so
/// a page handled again after a crash queues nothing twice.
/// </summary>
internal sealed class SessionAnnouncementSubscription : SubscriptionBase
{
    private readonly IServiceProvider _services;

    public SessionAnnouncementSubscription(IServiceProvider services)
    {
        _services = services;
        Name = "integrations-session-announcements";
        IncludeType<SessionOpened>();
        Options.SubscribeFromPresent();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var opened = page.Events.Select(e => e.Data).OfType<SessionOpened>().ToList();
        if (opened.Count == 0)
        {
            return NullChangeListener.Instance;
        }
        var options = _services.GetRequiredService<NewsletterOptions>();
        var templates = _services.GetRequiredService<ITemplateRenderer>();
        var texts = _services.GetRequiredService<ITexts>();
        var mail = _services.GetRequiredService<IMailSender>();
        var ended = new HashSet<Guid>(); // deletions of this page are not committed yet: a second session of the page must not find them
        foreach (var session in opened)
        {
            var watches = await operations.Query<SessionWatch>().Where(w => w.OfferingId == session.OfferingId).ToListAsync(cancellationToken);
            foreach (var watch in watches.Where(w => ended.Add(w.Id)))
            {
                await mail.SendAsync(await SessionAnnouncementMail.BuildAsync(watch, session, options, templates, texts, cancellationToken),
                    cancellationToken);
                operations.Delete(watch);
            }
        }
        return NullChangeListener.Instance;
    }
}

/// <summary>Adds the announcement subscription to the shared store.</summary>
internal sealed class SessionAnnouncementSetup : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) =>
        options.Events.Subscribe(new SessionAnnouncementSubscription(services));
}
