using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Networking.Matching;

internal static class ProposalEndpoints
{
    public const int MaxTop = 50;

    public static void MapProposals(this IEndpointRouteBuilder api)
    {
        api.MapGet("/smes/{organisationId:guid}/proposals", ForSme).RequireOrganisationAccess().WithName("GetSmeProposals");
        api.MapGet("/startups/{organisationId:guid}/proposals", ForStartup).RequireOrganisationAccess().WithName("GetStartupProposals");
        // Staff curation: pin (also: propose by hand, whatever the score) or hide a startup for an SME.
        api.MapPost("/smes/{organisationId:guid}/proposals/{startupId:guid}/pin", (Guid organisationId, Guid startupId, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Curate(organisationId, startupId, session, new ProposalPinned(organisationId, startupId, clock.GetUtcNow()), ct)).RequireAuthorization(Policies.Staff).WithName("PinProposal");
        api.MapPost("/smes/{organisationId:guid}/proposals/{startupId:guid}/hide", (Guid organisationId, Guid startupId, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Curate(organisationId, startupId, session, new ProposalHidden(organisationId, startupId, clock.GetUtcNow()), ct)).RequireAuthorization(Policies.Staff).WithName("HideProposal");
    }

    internal static async Task<IResult> ForSme(Guid organisationId, int? top, IQuerySession session, CancellationToken ct)
    {
        if (BadTop(top) is { } bad)
        {
            return bad;
        }
        if (await session.LoadAsync<SmeProfile>(organisationId, ct) is not { } sme)
        {
            return Results.NotFound();
        }
        if (!sme.OptedIn)
        {
            return Results.Ok(Array.Empty<ProposalView>());
        }
        var startups = await session.Query<StartupProfile>().Where(s => s.OptedIn).ToListAsync(ct);
        return Results.Ok(Proposals.ForSme(sme, startups, top ?? 10));
    }

    private static async Task<IResult> ForStartup(Guid organisationId, int? top, IQuerySession session, CancellationToken ct)
    {
        if (BadTop(top) is { } bad)
        {
            return bad;
        }
        if (await session.LoadAsync<StartupProfile>(organisationId, ct) is not { } startup)
        {
            return Results.NotFound();
        }
        if (!startup.OptedIn)
        {
            return Results.Ok(Array.Empty<SmeProposalView>());
        }
        var smes = await session.Query<SmeProfile>().Where(s => s.OptedIn).ToListAsync(ct);
        return Results.Ok(Proposals.ForStartup(startup, smes, top ?? 10));
    }

    internal static async Task<IResult> Curate(Guid organisationId, Guid startupId, IDocumentSession session, object curated, CancellationToken ct)
    {
        if (await session.LoadAsync<SmeProfile>(organisationId, ct) is null || await session.LoadAsync<StartupProfile>(startupId, ct) is null)
        {
            return Results.NotFound();
        }
        // Pinning or unpinning holds whatever else the profile saw meanwhile, so a concurrent write is retried.
        return await session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(Profiles.ProfileStreams.Sme(organisationId), curated);
            await session.SaveChangesAsync(token);
            return Results.NoContent();
        }, ct);
    }

    private static IResult? BadTop(int? top) =>
        top is < 1 or > MaxTop ? new FieldProblems().Add("top", $"top liegt zwischen 1 und {MaxTop}.", $"top must be between 1 and {MaxTop}.").ToResult() : null;
}
