using System.Text;
using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.CalendarFeeds;

/// <summary>
/// Calendar subscriptions over the API (<c>/api/catalog/calendar-feeds</c>) and the feed itself
/// (<c>/kalender/abo/{token}.ics</c>, no sign-in: the token is the key), which Outlook and Google Calendar poll.
/// </summary>
internal static class CalendarFeedEndpoints
{
    public static void MapCalendarFeeds(this IEndpointRouteBuilder api)
    {
        api.MapPost("/calendar-feeds", async (IssueCalendarFeed body, HttpContext http, IDocumentSession session, TimeProvider clock,
                    CancellationToken ct) =>
                (await CalendarFeeds.IssueAsync(body, http.User, Origin(http), session, clock, ct))
                    .ToHttpResult(feed => Results.Created($"/api/catalog/calendar-feeds/{feed.Id}", feed)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("IssueCalendarFeed")
            .Produces<IssuedFeed>(StatusCodes.Status201Created);
        api.MapGet("/calendar-feeds", async (HttpContext http, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await CalendarFeeds.MineAsync(http.User, session, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("ListCalendarFeeds")
            .Produces<List<FeedSummary>>();
        api.MapPost("/calendar-feeds/{id:guid}/regenerate", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock,
                    CancellationToken ct) =>
                (await CalendarFeeds.RegenerateAsync(id, http.User, Origin(http), session, clock, ct)).ToHttpResult(Results.Ok))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("RegenerateCalendarFeed")
            .Produces<IssuedFeed>();
        api.MapDelete("/calendar-feeds/{id:guid}", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock,
                    CancellationToken ct) =>
                await CalendarFeeds.RevokeAsync(id, http.User, session, clock, ct) is { } refused ? refused.ToHttpResult() : Results.NoContent())
            .RequireAuthorization(Policies.SignedIn)
            .WithName("RevokeCalendarFeed")
            .Produces(StatusCodes.Status204NoContent);
    }

    public static void MapCalendarFeed(this IEndpointRouteBuilder pages) =>
        pages.MapGet(CalendarFeeds.FeedPath + "/{token}.ics", ReadAsync).AllowAnonymous();

    /// <summary>The scheme and host the request came in on: the address a calendar reaches the feed under.</summary>
    public static string Origin(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static async Task<IResult> ReadAsync(string token, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (await CalendarFeeds.FindAsync(token, session, ct) is not { } feed)
        {
            return Results.NotFound();
        }
        var entries = await CalendarFeedEntries.LoadAsync(session, feed, clock.GetUtcNow(), ct);
        var text = CalendarFile.WriteFeed("Kompetenzzentrum", entries, "Catalog");
        return Results.Text(text, "text/calendar; charset=utf-8", Encoding.UTF8);
    }
}
