using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Networking.Matching;

/// <summary>The API's adapters of <see cref="ProposalHandlers"/>.</summary>
internal static class ProposalEndpoints
{
    public static void MapProposals(this IEndpointRouteBuilder api)
    {
        api.MapGet("/smes/{organisationId:guid}/proposals", async (Guid organisationId, int? top, IQuerySession session, CancellationToken ct) =>
            (await ProposalHandlers.ForSmeAsync(organisationId, top, session, ct)).ToHttpResult(Results.Ok)).RequireOrganisationAccess()
                .WithName("GetSmeProposals");
        api.MapGet("/startups/{organisationId:guid}/proposals", async (Guid organisationId, int? top, IQuerySession session, CancellationToken ct) =>
            (await ProposalHandlers.ForStartupAsync(organisationId, top, session, ct)).ToHttpResult(Results.Ok)).RequireOrganisationAccess()
                .WithName("GetStartupProposals");
        // Staff curation: pin (also: propose by hand, whatever the score) or hide a startup for an SME.
        api.MapPost("/smes/{organisationId:guid}/proposals/{startupId:guid}/pin",
            (Guid organisationId, Guid startupId, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Curate(organisationId, startupId, session, new ProposalPinned(organisationId, startupId, clock.GetUtcNow()), ct))
                .RequireAuthorization(Policies.Staff).WithName("PinProposal");
        api.MapPost("/smes/{organisationId:guid}/proposals/{startupId:guid}/hide",
            (Guid organisationId, Guid startupId, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Curate(organisationId, startupId, session, new ProposalHidden(organisationId, startupId, clock.GetUtcNow()), ct))
                .RequireAuthorization(Policies.Staff).WithName("HideProposal");
    }

    private static async Task<IResult> Curate(Guid organisationId, Guid startupId, IDocumentSession session, object curated, CancellationToken ct) =>
        await ProposalHandlers.CurateAsync(organisationId, startupId, session, curated, ct) is { } refusal ? refusal.ToHttpResult()
            : Results.NoContent();
}
