using Kompetenzzentrum.Contracts.Security;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Networking.Profiles;

/// <summary>
/// SME and startup profiles, one per organisation (the stream id is the organisation id). Profiles are
/// shown without contact data: that is only revealed inside an introduction both sides accepted.
/// </summary>
internal static class ProfileEndpoints
{
    public static void MapProfiles(this IEndpointRouteBuilder api)
    {
        api.MapGet("/smes", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok((await session.Query<SmeProfile>().ToListAsync(ct)).Select(SmeProfileView.Of).OrderBy(p => p.Name, StringComparer.Ordinal)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListSmeProfiles");
        api.MapPut("/smes/{organisationId:guid}", SaveSme).RequireOrganisationAccess().WithName("SaveSmeProfile");
        api.MapGet("/smes/{organisationId:guid}", async (Guid organisationId, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<SmeProfile>(organisationId, ct) is { } p ? Results.Ok(SmeProfileView.Of(p)) : Results.NotFound())
            .RequireOrganisationAccess()
            .WithName("GetSmeProfile");
        api.MapPut("/smes/{organisationId:guid}/matching", SetSmeMatching).RequireOrganisationAccess().WithName("SetSmeMatching");

        api.MapGet("/startups", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok((await session.Query<StartupProfile>().ToListAsync(ct)).Select(StartupProfileView.Of)
                .OrderBy(p => p.Name, StringComparer.Ordinal)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListStartupProfiles");
        api.MapPut("/startups/{organisationId:guid}", SaveStartup).RequireOrganisationAccess().WithName("SaveStartupProfile");
        api.MapGet("/startups/{organisationId:guid}", async (Guid organisationId, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<StartupProfile>(organisationId, ct) is { } p ? Results.Ok(StartupProfileView.Of(p)) : Results.NotFound())
            .RequireOrganisationAccess()
            .WithName("GetStartupProfile");
        api.MapPut("/startups/{organisationId:guid}/matching", SetStartupMatching).RequireOrganisationAccess().WithName("SetStartupMatching");
    }

    private static async Task<IResult> SaveSme(Guid organisationId, SaveSmeProfile body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await ProfileHandlers.SaveSmeAsync(organisationId, body, session, clock, ct)).ToNetworkingResult(saved => saved.Created
            ? Results.Created($"/api/networking/smes/{organisationId}", saved.View)
            : Results.Ok(saved.View));

    private static async Task<IResult> SaveStartup(Guid organisationId, SaveStartupProfile body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await ProfileHandlers.SaveStartupAsync(organisationId, body, session, clock, ct)).ToNetworkingResult(saved => saved.Created
            ? Results.Created($"/api/networking/startups/{organisationId}", saved.View)
            : Results.Ok(saved.View));

    private static async Task<IResult> SetSmeMatching(Guid organisationId, SetMatching body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await ProfileHandlers.SetSmeMatchingAsync(organisationId, body, session, clock, ct)).ToNetworkingResult(Results.Ok);

    private static async Task<IResult> SetStartupMatching(Guid organisationId, SetMatching body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await ProfileHandlers.SetStartupMatchingAsync(organisationId, body, session, clock, ct)).ToNetworkingResult(Results.Ok);
}
