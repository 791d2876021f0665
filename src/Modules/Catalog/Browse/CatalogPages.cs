using System.Globalization;
using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Recommendations;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Browse;

/// <summary>The catalog with its filters and one offering's page; booking from it is in <see cref="OfferingBookingPages"/>.</summary>
internal static class CatalogPages
{
    public const string Catalog = "/katalog";
    private const int PageSize = 10;

    public sealed record Filter(string? Q, string? Topic, string? Type, string? Format, string? Level, string? From, string? To, int? Page);

    public static void MapCatalogPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Catalog, ListAsync).AllowAnonymous();
        pages.MapGet(Catalog + "/{id:guid}", async (
                    Guid id,
                    HttpContext http,
                    [FromServices] IEnumerable<OfferingTypeDefinition> types,
                    IQuerySession session,
                    TimeProvider clock,
                    CancellationToken ct) =>
                await OfferingAsync(id, http, types, session, clock, FormState.Empty(), StatusCodes.Status200OK, ct))
            .AllowAnonymous();
        pages.MapOfferingBookingPages();
    }

    private static async Task<IResult> ListAsync(
        [AsParameters] Filter filter,
        HttpContext http,
        [FromServices] IEnumerable<OfferingTypeDefinition> types,
        IQuerySession session,
        TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        var state = FormState.Empty().With("q", filter.Q).With("topic", filter.Topic).With("type", filter.Type).With("format", filter.Format)
            .With("level", filter.Level).With("from", filter.From).With("to", filter.To);
        var entries = await session.Query<CatalogEntry>().Where(o => o.Status == OfferingStatus.Published).ToListAsync(ct);
        var upcoming = (await session.Query<SessionSeats>().Where(s => s.StartsAt > now && s.CancelledAt == null).ToListAsync(ct))
            .OrderBy(s => s.StartsAt).ToLookup(s => s.OfferingId);
        var from = Day(texts, filter.From, state, "from");
        var to = Day(texts, filter.To, state, "to");
        var level = Enum.TryParse<MaturityLevel>(filter.Level, ignoreCase: true, out var l) && Enum.IsDefined(l) ? l : (MaturityLevel?)null;
        IEnumerable<CatalogEntry> listed = entries
            .Where(o => string.IsNullOrWhiteSpace(filter.Topic) || o.Topics.Contains(filter.Topic))
            .Where(o => string.IsNullOrWhiteSpace(filter.Type) || o.OfferingType == filter.Type)
            .Where(o => string.IsNullOrWhiteSpace(filter.Format) || o.Format == filter.Format)
            .Where(o => level is null || MaturityLevels.Contains(o.SuitableFrom, o.SuitableTo, level.Value))
            .Where(o => Matches(o, filter.Q))
            .Where(o => (from is null && to is null) || upcoming[o.Id].Any(s => InRange(s.StartsAt, from, to)));
        var profile = http.User.OrganisationId() is { } organisationId
            ? await RecommendationEndpoints.FindProfileAsync(http.RequestServices, organisationId, ct)
            : null;
        var ordered = profile is null
            ? listed.OrderBy(o => OfferingCards.Text(o.Title), StringComparer.CurrentCulture).ToList()
            : FitScoring.Order(profile, listed);
        var pages = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page ?? 1, 1, pages);
        return UiPages.Render<CatalogPage>(new
        {
            Filters = state,
            Topics = Topics.All.Select(t => (t.Key, OfferingCards.Text(t.Name))).ToList(),
            Types = types.Select(t => (t.Key, OfferingCards.Text(t.Name))).OrderBy(t => t.Item2, StringComparer.CurrentCulture).ToList(),
            Formats = OfferingFormats.All.Select(f => (f, OfferingCards.Format(texts, f))).ToList(),
            Levels = Enum.GetValues<MaturityLevel>().Select(v => (v.ToString(), OfferingCards.Level(texts, v))).ToList(),
            Cards = ordered.Skip((page - 1) * PageSize).Take(PageSize)
                .Select(o => OfferingCards.Card(texts, o, types, upcoming[o.Id].FirstOrDefault())).ToList(),
            Total = ordered.Count,
            Page = page,
            Pages = pages,
            SortedByFit = profile is not null,
        });
    }

    /// <summary>The offering page; shown again with the booking form's state after a refused booking.</summary>
    public static async Task<IResult> OfferingAsync(
        Guid id,
        HttpContext http,
        IEnumerable<OfferingTypeDefinition> types,
        IQuerySession session,
        TimeProvider clock,
        FormState state,
        int status,
        CancellationToken ct)
    {
        if (await session.LoadAsync<CatalogEntry>(id, ct) is not { Status: OfferingStatus.Published } offering)
        {
            return Results.NotFound();
        }
        var now = clock.GetUtcNow();
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        var sessions = (await session.Query<SessionSeats>()
            .Where(s => s.OfferingId == id && s.StartsAt > now && s.CancelledAt == null).ToListAsync(ct))
            .OrderBy(s => s.StartsAt).ToList();
        // A date the organisation holds already is marked as booked instead of being offered again.
        var booked = http.User.OrganisationId() is { } organisationId
            ? await BookedOfferings.SessionsAsync(session, organisationId, sessions.Select(s => s.Id).ToList(), ct)
            : new HashSet<Guid>();
        return UiPages.Render<OfferingPage>(new
        {
            Id = id,
            Offering = OfferingCards.Card(texts, offering, types, sessions.FirstOrDefault()),
            Where = offering.Place ?? offering.Link,
            DeadlineHours = offering.CancellationDeadlineHours,
            Asynchronous = offering.Format == OfferingFormats.Asynchronous,
            Sessions = sessions.Where(s => !booked.Contains(s.Id)).Select(s => new OfferingPage.SessionOption(s.Id, SessionText(texts, s))).ToList(),
            Booked = sessions.Where(s => booked.Contains(s.Id))
                .Select(s => new OfferingPage.SessionOption(s.Id, texts.Get("catalog.browse.session-booked", TextArgs.Of(("when", s.StartsAt)))))
                .ToList(),
            SignedIn = http.User.Identity?.IsAuthenticated == true,
            DefaultName = http.User.FindFirstValue(ClaimTypes.Name),
            State = state,
        }, status);
    }

    /// <summary>A session's date with its free seats (the plural follows the capacity: "1 von 1 Platz frei").</summary>
    public static string SessionText(ITexts texts, SessionSeats s) => s.SeatsFree() > 0
        ? texts.Get("catalog.browse.session-free", TextArgs.Of(("when", s.StartsAt), ("free", s.SeatsFree()), ("count", s.Capacity)))
        : texts.Get("catalog.browse.session-full", TextArgs.Of(("when", s.StartsAt)));

    private static bool Matches(CatalogEntry o, string? q) => string.IsNullOrWhiteSpace(q)
        || new[] { o.Title.De, o.Title.En, o.Description.De, o.Description.En }
            .Any(t => t?.Contains(q.Trim(), StringComparison.CurrentCultureIgnoreCase) == true);

    private static DateOnly? Day(ITexts texts, string? text, FormState state, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day))
        {
            return day;
        }
        state.AddError(field, texts.Get("catalog.browse.date-invalid"));
        return null;
    }

    private static bool InRange(DateTimeOffset at, DateOnly? from, DateOnly? to)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, UiText.Berlin).DateTime);
        return (from is null || day >= from) && (to is null || day <= to);
    }
}
