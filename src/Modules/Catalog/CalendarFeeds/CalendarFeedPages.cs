using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.CalendarFeeds;

/// <summary>The subscriptions page: one's feeds, what one may subscribe to, and (once, right after) a new address.</summary>
internal sealed record CalendarFeedsView(
    IReadOnlyList<FeedSummary> Feeds, bool Organisation, bool Sessions, bool Expert, IssuedFeed? Issued, FormState Form);

/// <summary>Calendar subscriptions in the browser, adapters over <see cref="CalendarFeeds"/>; plain forms, no script needed.</summary>
internal static class CalendarFeedPages
{
    public const string Path = "/kalender-abos";

    public static void MapCalendarFeedPages(this IEndpointRouteBuilder pages)
    {
        var signedIn = pages.MapGroup(Path).RequireAuthorization(Policies.SignedIn);
        signedIn.MapGet("", async (HttpContext http, IQuerySession session, CancellationToken ct) =>
            UiPages.Render<CalendarFeedsPage>(new { Model = await ViewAsync(http, session, null, FormState.Empty(), ct) }));
        signedIn.MapPost("", IssueAsync);
        signedIn.MapPost("/{id:guid}/neu", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
            CancellationToken ct) =>
        {
            var result = await CalendarFeeds.RegenerateAsync(id, http.User, CalendarFeedEndpoints.Origin(http), session, clock, ct);
            return result.Refusal is { } refused
                ? UiPages.Failed(http, Path, texts.Reason(refused))
                : UiPages.Render<CalendarFeedsPage>(new { Model = await ViewAsync(http, session, result.Value, FormState.Empty(), ct) });
        });
        signedIn.MapPost("/{id:guid}/widerrufen", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
            CancellationToken ct) =>
            await CalendarFeeds.RevokeAsync(id, http.User, session, clock, ct) is { } refused
                ? UiPages.Failed(http, Path, texts.Reason(refused))
                : UiPages.Done(http, Path, texts.Get("catalog.feeds.revoked")));
    }

    private static async Task<IResult> IssueAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var expert = Guid.TryParse(form["expertId"], out var parsed) ? parsed : (Guid?)null;
        var command = new IssueCalendarFeed(form["scope"], null, expert);
        var result = await CalendarFeeds.IssueAsync(command, http.User, CalendarFeedEndpoints.Origin(http), session, clock, ct);
        if (result.Refusal is { Fields.Count: 0 } refused)
        {
            return UiPages.Failed(http, Path, texts.Reason(refused));
        }
        foreach (var error in result.Refusal?.Fields ?? [])
        {
            state.AddError(error.Field, texts.Get(error.Code, error.Args));
        }
        var view = await ViewAsync(http, session, result.Value, result.Succeeded ? FormState.Empty() : state, ct);
        return UiPages.Render<CalendarFeedsPage>(new { Model = view },
            result.Succeeded ? StatusCodes.Status201Created : StatusCodes.Status400BadRequest);
    }

    private static async Task<CalendarFeedsView> ViewAsync(
        HttpContext http, IQuerySession session, IssuedFeed? issued, FormState form, CancellationToken ct)
    {
        var user = http.User;
        return new(await CalendarFeeds.MineAsync(user, session, ct), user.OrganisationId() is not null,
            user.IsStaff() || user.OwningPartnerCenter() is not null, user.IsStaff(), issued, form);
    }
}
