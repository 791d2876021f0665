using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Packages;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>
/// The catalog sorted by fit for one organisation, with reasons and suggested packages. Members get their own
/// organisation's; staff name one with <c>?organisationId=</c>. The maturity profile comes from
/// <see cref="IMaturityProfiles"/> (the organisations module); without it, or without a check, there is nothing to recommend.
/// </summary>
internal static class RecommendationEndpoints
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    public static void MapRecommendations(this IEndpointRouteBuilder api) =>
        api.MapGet("/recommendations", GetAsync).RequireAuthorization(Policies.ParticipantOrStaff).WithName("GetRecommendations");

    private static async Task<IResult> GetAsync(
        Guid? organisationId, int? limit, HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct)
    {
        var orgId = organisationId ?? http.User.OrganisationId();
        var errors = new FieldErrors()
            .When(orgId is null, "organisationId", "catalog.recommendations.organisation-required")
            .When(limit is < 1 or > MaxLimit, "limit", "catalog.recommendations.limit-range", TextArgs.Of(("max", MaxLimit)));
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors).ToHttpResult();
        }
        if (!http.User.MaySee(orgId!.Value))
        {
            return Results.NotFound();
        }
        var profile = await FindProfileAsync(http.RequestServices, orgId.Value, ct);
        if (profile is null)
        {
            return Refusal.NotFound("catalog.recommendations.no-check").ToHttpResult();
        }
        var published = await session.Query<CatalogEntry>().Where(o => o.Status == OfferingStatus.Published).ToListAsync(ct);
        var booked = await BookedOfferings.OfAsync(session, orgId.Value, ct);
        var packages = (await session.Query<CuratedPackage>().Where(p => p.RetiredAt == null).ToListAsync(ct))
            .Select(p => new PackageOption(p.Id, p.Name, p.OfferingIds)).ToList();
        var result = Recommender.Recommend(profile, published, booked, packages, limit ?? DefaultLimit, RecommendationTexts.Of(texts));
        return Results.Ok(new
        {
            organisationId = orgId,
            level = profile.Level.ToString(),
            largestGap = profile.TopicGaps.Keys.FirstOrDefault(),
            prefersAsynchronous = profile.PrefersAsynchronous,
            recommendations = result.Offerings.Select(r =>
                new { offering = r.Offering, score = r.Score, reason = r.Reason, gapTopics = r.GapTopics }),
            packages = result.Packages,
        });
    }

    /// <summary>The profile, or null when the organisation has none or the organisations module is switched off.</summary>
    public static async Task<MaturityProfile?> FindProfileAsync(IServiceProvider services, Guid organisationId, CancellationToken ct) =>
        services.GetService<IMaturityProfiles>() is { } profiles ? await profiles.FindAsync(organisationId, ct) : null;
}
