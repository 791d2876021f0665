using System.Globalization;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Announcements;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Pages;

/// <summary>
/// Pages of the newsletter, adapters over <see cref="NewsletterSubscriptions"/>, <see cref="NewsletterCampaigns"/> and
/// <see cref="SessionWatches"/>: confirm and unsubscribe (the token is the permission), a member's sign-up, the offering
/// page's "tell me when a date opens", and the staff pages.
/// </summary>
internal static class NewsletterPages
{
    public const string Staff = "/backoffice/newsletter";
    public const string SignUp = "/newsletter/anmelden";

    public static void MapNewsletterPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(ConfirmationMail.PagePath + "/{token}", async (string token, NewsletterSubscriptions subscriptions, ITexts texts,
            CancellationToken ct) => Message((await subscriptions.ConfirmAsync(token, "link", ct)).Succeeded, texts,
                "integrations.newsletter.page.confirmed")).AllowAnonymous();
        pages.MapGet(NewsletterMail.UnsubscribePage + "/{token}", async (string token, NewsletterSubscriptions subscriptions, ITexts texts,
            CancellationToken ct) => await subscriptions.FindByUnsubscribeTokenAsync(token, ct) is { } subscriber
                ? UiPages.Render<UnsubscribePage>(new { Token = token, subscriber.Email, Done = subscriber.Status == SubscriberStatus.Withdrawn })
                : Message(false, texts, "")).AllowAnonymous();
        pages.MapPost(NewsletterMail.UnsubscribePage + "/{token}", async (string token, NewsletterSubscriptions subscriptions, ITexts texts,
            CancellationToken ct) => Message((await subscriptions.UnsubscribeAsync(token, "page", ct)).Succeeded, texts,
                "integrations.newsletter.page.unsubscribed")).AllowAnonymous();
        pages.MapGet(SignUp, (HttpContext http) => UiPages.Render<SignUpPage>(new { State = FormState.Empty(), Email = Email(http) }))
            .RequireAuthorization(Policies.SignedIn);
        pages.MapPost(SignUp, SignUpAsync).RequireAuthorization(Policies.SignedIn).RequireRateLimiting(SubscribeRateLimit.Policy);
        pages.MapPost("/newsletter/termin-benachrichtigung/{offeringId:guid}", WatchAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapNewsletterStaffPages();
    }

    private static IResult Message(bool ok, ITexts texts, string okCode) => UiPages.Render<MessagePage>(
        new { Text = ok ? texts.Get(okCode) : texts.Get(SubscriptionDecider.TokenUnknown) },
        ok ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);

    private static string Email(HttpContext http) => http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? "";

    private static async Task<IResult> SignUpAsync(
        HttpContext http, IFormCollection form, NewsletterSubscriptions subscriptions, ITexts texts, CancellationToken ct)
    {
        var email = Email(http);
        var body = new SubscribeNewsletter(email, null, form["topics"].OfType<string>().ToList(), UiText.Language);
        var result = await subscriptions.SubscribeAsync(body, NewsletterEndpoints.Who(http.User, email, "page"), ct);
        if (result.Succeeded)
        {
            return UiPages.Done(http, SignUp, texts.Get("integrations.newsletter.page.mail-sent"));
        }
        var state = FormState.From(form);
        foreach (var error in result.Refusal!.Fields)
        {
            state.AddError(error.Field, texts.Get(error.Code, error.Args));
        }
        return UiPages.Render<SignUpPage>(new { State = state, Email = email }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> WatchAsync(
        Guid offeringId, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var result = await SessionWatches.WatchAsync(offeringId, http.User, UiText.Language, session, clock, ct);
        var back = $"/katalog/{offeringId}";
        return result.Refusal is { } refusal
            ? UiPages.Failed(http, back, texts.Reason(refusal))
            : UiPages.Done(http, back, texts.Get("integrations.newsletter.page.watching"));
    }

    /// <summary>Topic choices of the forms, in the page's language.</summary>
    public static IEnumerable<(string Value, string Text)> TopicOptions() =>
        Contracts.Kernel.Topics.All.Select(t => (t.Key, UiText.IsEnglish ? t.Name.En : t.Name.De));

    public static string Date(DateTimeOffset? at) => at?.ToString("g", CultureInfo.CurrentCulture) ?? "";
}
