using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Browse;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Packages;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>The recommendations page: the same <see cref="Recommender"/> as the API, for the member's own organisation.</summary>
internal static class RecommendationPages
{
    public const string Path = "/empfehlungen";

    public static void MapRecommendationPages(this IEndpointRouteBuilder pages) =>
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.SignedIn);

    private static async Task<IResult> ShowAsync(
        HttpContext http, [FromServices] IEnumerable<OfferingTypeDefinition> types, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (http.User.OrganisationId() is not { } organisationId)
        {
            return OfferingBookingPages.NoOrganisation(http);
        }
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        if (await RecommendationEndpoints.FindProfileAsync(http.RequestServices, organisationId, ct) is not { } profile)
        {
            Flash.Set(http, FlashKind.Info, texts.Get("catalog.recommendations.check-first"));
            return Results.Redirect("/check");
        }
        var now = clock.GetUtcNow();
        var published = await session.Query<CatalogEntry>().Where(o => o.Status == OfferingStatus.Published).ToListAsync(ct);
        var booked = await BookedOfferings.OfAsync(session, organisationId, ct);
        var packages = (await session.Query<CuratedPackage>().Where(p => p.RetiredAt == null).ToListAsync(ct))
            .Select(p => new PackageOption(p.Id, p.Name, p.OfferingIds)).ToList();
        var result = Recommender.Recommend(profile, published, booked, packages, RecommendationEndpoints.DefaultLimit, RecommendationTexts.Of(texts));
        var upcoming = (await session.Query<SessionSeats>().Where(s => s.StartsAt > now && s.CancelledAt == null).ToListAsync(ct))
            .OrderBy(s => s.StartsAt).ToLookup(s => s.OfferingId);
        return UiPages.Render<RecommendationsPage>(new
        {
            Intro = texts.Get("catalog.recommendations.intro", TextArgs.Of(("level", OfferingCards.Level(texts, profile.Level)))),
            Offerings = result.Offerings
                .Select(r => OfferingCards.Card(texts, r.Offering, types, upcoming[r.Offering.Id].FirstOrDefault(), OfferingCards.Text(r.Reason)))
                .ToList(),
            Packages = result.Packages
                .Select(p => new RecommendationsPage.PackageCard(p.PackageId, OfferingCards.Text(p.Name), OfferingCards.Text(p.Reason)))
                .ToList(),
        });
    }
}
