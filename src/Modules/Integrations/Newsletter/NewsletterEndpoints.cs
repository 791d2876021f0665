using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Announcements;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Privacy;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter;

/// <summary>The body of <c>POST /api/newsletter/subscriptions/confirm</c>.</summary>
internal sealed record ConfirmSubscription(string? Token);

/// <summary>Subscriber counts by state, for staff; <paramref name="Erased"/> counts subscribers whose data was erased.</summary>
internal sealed record SubscriberCounts(int Pending, int Confirmed, int Withdrawn, int Erased);

/// <summary><c>/api/newsletter</c>: the double opt-in (anyone), unsubscribing (the token is the permission), campaigns (staff).</summary>
internal static class NewsletterEndpoints
{
    public const string Root = "/api/newsletter";
    public const string TokenRequired = "integrations.newsletter.token-required";

    public static void MapNewsletter(this IEndpointRouteBuilder root)
    {
        var api = root.MapGroup(Root);
        api.MapPost("/subscriptions", async (SubscribeNewsletter? body, ClaimsPrincipal user, NewsletterSubscriptions subscriptions,
                CancellationToken ct) =>
            (await subscriptions.SubscribeAsync(body ?? new SubscribeNewsletter(null, null, null, null), Who(user, body?.Email, "api"), ct))
                .ToHttpResult(_ => Results.Accepted())).AllowAnonymous().RequireRateLimiting(SubscribeRateLimit.Policy);
        api.MapPost("/subscriptions/confirm", async (ConfirmSubscription? body, NewsletterSubscriptions subscriptions, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(body?.Token)
                ? Refusal.Invalid("token", TokenRequired).ToHttpResult()
                : (await subscriptions.ConfirmAsync(body.Token, "api", ct)).Refusal is { } refused
                    ? Refusal.Invalid("token", refused.Code).ToHttpResult() // the body's token is wrong: 400 naming it
                    : Results.NoContent()).AllowAnonymous();
        // The List-Unsubscribe address: a mail client POSTs "List-Unsubscribe=One-Click" (RFC 8058), a person opening it gets the page.
        api.MapGet("/abmelden/{token}", (string token) => Results.Redirect($"{NewsletterMail.UnsubscribePage}/{Uri.EscapeDataString(token)}"))
            .AllowAnonymous();
        api.MapPost("/abmelden/{token}", async (string token, NewsletterSubscriptions subscriptions, CancellationToken ct) =>
            (await subscriptions.UnsubscribeAsync(token, "one-click", ct)).ToHttpResult(_ => Results.NoContent())).AllowAnonymous()
            .DisableAntiforgery();
        api.MapPost("/offerings/{offeringId:guid}/watch", async (Guid offeringId, ClaimsPrincipal user, IDocumentSession session,
                TimeProvider clock, CancellationToken ct) =>
            (await SessionWatches.WatchAsync(offeringId, user, Contracts.Ui.UiText.Language, session, clock, ct))
                .ToHttpResult(w => Results.Ok(new { w.Id, w.OfferingId }))).RequireAuthorization(Policies.OrganisationMember);
        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff);
        staff.MapGet("/subscribers/counts", async (IQuerySession session, CancellationToken ct) => Results.Ok(await CountsAsync(session, ct)));
        staff.MapPost("/segments/count", async (Segment? body, NewsletterCampaigns campaigns, CancellationToken ct) =>
            (await campaigns.CountAsync(body ?? Segment.Everyone, ct)).ToHttpResult(count => Results.Ok(new { count })));
        staff.MapPost("/campaigns", async (DraftCampaign? body, NewsletterCampaigns campaigns, CancellationToken ct) =>
        {
            var drafted = await campaigns.DraftAsync(body ?? new DraftCampaign(null, null, null, null), ct);
            return drafted.Succeeded
                ? Results.Created($"{Root}/campaigns/{drafted.Value.Id}", await campaigns.FindAsync(drafted.Value.Id, ct))
                : drafted.Refusal!.ToHttpResult();
        });
        staff.MapGet("/campaigns", async (NewsletterCampaigns campaigns, CancellationToken ct) => Results.Ok(await campaigns.ListAsync(ct)));
        staff.MapGet("/campaigns/{id:guid}", async (Guid id, NewsletterCampaigns campaigns, CancellationToken ct) =>
            await campaigns.FindAsync(id, ct) is { } view ? Results.Ok(view) : Results.NotFound());
        staff.MapGet("/campaigns/{id:guid}/preview", async (Guid id, NewsletterCampaigns campaigns, CancellationToken ct) =>
            (await campaigns.PreviewAsync(id, ct)).ToHttpResult(p => Results.Ok(p)));
        staff.MapPost("/campaigns/{id:guid}/send", async (Guid id, NewsletterCampaigns campaigns, CancellationToken ct) =>
            (await campaigns.SendAsync(id, ct)).ToHttpResult(c => Results.Accepted($"{Root}/campaigns/{c.Id}", c)));
    }

    /// <summary>A signed-in member asking for its own address brings its organisation (segments need it).</summary>
    public static Subscriber Who(ClaimsPrincipal user, string? email, string source)
    {
        var own = user.FindFirst(ClaimTypes.Email)?.Value;
        var same = own is not null && email is not null && string.Equals(own.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase);
        return same ? new Subscriber(user.AccountId(), user.OrganisationId(), source) : new Subscriber(null, null, source);
    }

    public static async Task<SubscriberCounts> CountsAsync(IQuerySession session, CancellationToken ct)
    {
        var states = await session.Query<NewsletterSubscriber>().Select(s => s.Status).ToListAsync(ct);
        return new(states.Count(s => s == SubscriberStatus.Pending), states.Count(s => s == SubscriberStatus.Confirmed),
            states.Count(s => s == SubscriberStatus.Withdrawn), await session.Query<ErasedSubscriber>().CountAsync(ct));
    }
}
