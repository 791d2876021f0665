using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Browse;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>Curated packages and the package builder; both book through the API's all-or-nothing package handler.</summary>
internal static class PackagePages
{
    public const string Curated = "/pakete";

    public static void MapPackagePages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Curated, (HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            CuratedAsync(http, session, clock, null, null, ct)).AllowAnonymous();
        pages.MapPost(Curated + "/{id:guid}/buchen", async (
            Guid id, IFormCollection form, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
        {
            var state = FormState.From(form);
            var (done, refused) = await BookAsync(id, state, http, deps, ct);
            return done ?? await CuratedAsync(http, deps.Session, deps.Desk.Clock, id, state, ct, RefusalResults.StatusOf(refused!.Kind));
        }).RequireAuthorization(Policies.SignedIn);
        pages.MapGet(OfferingBookingPages.Builder, (HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            BuilderAsync(http, session, FormState.Empty(), StatusCodes.Status200OK, ct)).RequireAuthorization(Policies.SignedIn);
        pages.MapPost(OfferingBookingPages.Builder + "/entfernen", (IFormCollection form, HttpContext http) =>
        {
            var key = form["item"].ToString();
            PackageDraft.Write(http, PackageDraft.Read(http).Where(i => i.Key != key));
            return UiPages.Done(http, OfferingBookingPages.Builder, Texts(http).Get("catalog.packages.removed"));
        }).RequireAuthorization(Policies.SignedIn);
        pages.MapPost(OfferingBookingPages.Builder + "/buchen", async (
            IFormCollection form, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
        {
            var state = FormState.From(form);
            var draft = PackageDraft.Read(http);
            state.With("sessionIds", draft.Where(i => i.SessionId is not null).Select(i => i.SessionId!.Value.ToString()));
            state.With("offeringIds", draft.Where(i => i.SessionId is null).Select(i => i.OfferingId.ToString()));
            var (done, refused) = await BookAsync(null, state, http, deps, ct);
            if (done is not null)
            {
                PackageDraft.Write(http, []);
                return done;
            }
            return await BuilderAsync(http, deps.Session, state, RefusalResults.StatusOf(refused!.Kind), ct);
        }).RequireAuthorization(Policies.SignedIn);
    }

    /// <summary>Books; the redirect on success, else the refusal (already in <paramref name="state"/>).</summary>
    private static async Task<(IResult? Done, Refusal? Refused)> BookAsync(
        Guid? packageId, FormState state, HttpContext http, PackageDependencies deps, CancellationToken ct)
    {
        if (http.User.OrganisationId() is null)
        {
            return (OfferingBookingPages.NoOrganisation(http), null);
        }
        var request = new BookPackage.Request(null,
            state.Values("attendees").Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => new BookSession.Attendee(n.Trim())).ToList(),
            Ids(state, "sessionIds"), state.Value("waitlistFullItems") is "true",
            string.IsNullOrWhiteSpace(state.Value("contactEmail")) ? null : state.Value("contactEmail")!.Trim(), Ids(state, "offeringIds"));
        var result = (await BookPackage.BookAsync(packageId, request, "", http.User, deps, ct)).Result;
        var texts = Texts(http);
        if (result.Refusal is not { } refused)
        {
            var view = result.Value;
            var offeringIds = view.Items.Select(i => i.OfferingId).Distinct().ToArray();
            var titles = (await deps.Session.LoadManyAsync<CatalogEntry>(ct, offeringIds)).ToDictionary(o => o.Id);
            var lines = view.Items.Select(i =>
                $"{(titles.TryGetValue(i.OfferingId, out var o) ? OfferingCards.Text(o.Title) : "?")}: "
                + BookingPageText.Status(texts, i.Status, i.WaitlistPosition));
            var booked = texts.Get("catalog.packages.booked", TextArgs.Of(("items", string.Join("; ", lines))));
            return (UiPages.Done(http, OfferingBookingPages.MyBookings, booked), null);
        }
        state.Absorb(refused, texts);
        var (reason, nothing) = (texts.Reason(refused), texts.Get("catalog.packages.nothing-booked"));
        state.Summary = refused.Code == PackageBooker.FullItemCode
            ? texts.Get("catalog.packages.full-item")
            : refused.Kind == RefusalKind.Invalid || reason.Contains(nothing, StringComparison.Ordinal) ? reason // package refusals say it already
            : $"{nothing} {reason}";
        return (null, refused);
    }

    private static ITexts Texts(HttpContext http) => http.RequestServices.GetRequiredService<ITexts>();

    private static List<Guid> Ids(FormState state, string field) =>
        state.Values(field).Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();

    private static async Task<IResult> CuratedAsync(
        HttpContext http, IQuerySession session, TimeProvider clock, Guid? posted, FormState? state, CancellationToken ct, int status = 200)
    {
        var now = clock.GetUtcNow();
        var texts = Texts(http);
        var packages = await session.Query<CuratedPackage>().Where(p => p.RetiredAt == null).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var offeringIds = packages.SelectMany(p => p.OfferingIds).Distinct().ToArray();
        var offerings = (await session.LoadManyAsync<CatalogEntry>(ct, offeringIds)).ToDictionary(o => o.Id);
        var upcoming = (await session.Query<SessionSeats>().Where(s => s.StartsAt > now && s.CancelledAt == null).ToListAsync(ct))
            .OrderBy(s => s.StartsAt).ToLookup(s => s.OfferingId);
        PackagesPage.Item Item(CatalogEntry o) => new(o.Id, OfferingCards.Text(o.Title), o.Format == OfferingFormats.Asynchronous
            ? null
            : upcoming[o.Id].Select(s => new OfferingPage.SessionOption(s.Id, CatalogPages.SessionText(texts, s))).ToList());
        var views = packages.Select(p => new PackagesPage.Package(
                p.Id, OfferingCards.Text(p.Name), p.OfferingIds.Where(offerings.ContainsKey).Select(id => Item(offerings[id])).ToList()))
            .ToList();
        return UiPages.Render<PackagesPage>(new
        {
            Packages = views,
            Posted = posted,
            State = state,
            SignedIn = http.User.Identity?.IsAuthenticated == true,
            DefaultName = http.User.FindFirstValue(ClaimTypes.Name),
        }, status);
    }

    private static async Task<IResult> BuilderAsync(HttpContext http, IQuerySession session, FormState state, int status, CancellationToken ct)
    {
        var texts = Texts(http);
        var draft = PackageDraft.Read(http);
        var offerings = (await session.LoadManyAsync<CatalogEntry>(ct, draft.Select(i => i.OfferingId).ToArray())).ToDictionary(o => o.Id);
        var sessionIds = draft.Where(i => i.SessionId is not null).Select(i => i.SessionId!.Value).ToArray();
        var sessions = (await session.LoadManyAsync<SessionSeats>(ct, sessionIds)).ToDictionary(s => s.Id);
        string When(DraftItem i) => i.SessionId is { } s && sessions.TryGetValue(s, out var chosen)
            ? CatalogPages.SessionText(texts, chosen)
            : texts.Get("catalog.packages.any-time-async");
        var items = draft.Where(i => offerings.ContainsKey(i.OfferingId))
            .Select(i => new PackageBuilderPage.Item(i.Key, i.OfferingId, OfferingCards.Text(offerings[i.OfferingId].Title), When(i)))
            .ToList();
        return UiPages.Render<PackageBuilderPage>(
            new { Items = items, State = state, DefaultName = http.User.FindFirstValue(ClaimTypes.Name) }, status);
    }
}
