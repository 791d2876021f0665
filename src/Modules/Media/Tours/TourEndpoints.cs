using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Tours;

internal sealed record SetTourDetails(string? HostCompany, string? Address, IReadOnlyList<AgendaItem>? Agenda);

/// <summary>Host company, address and agenda of an experience tour; booked through the catalog like any offering.</summary>
internal static class TourEndpoints
{
    public static void MapTours(this IEndpointRouteBuilder api)
    {
        api.MapPut("/tours/{offeringId:guid}", Set).RequireAuthorization(Policies.Staff).WithName("SetTourDetails");
        api.MapGet("/tours/{offeringId:guid}", async (Guid offeringId, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<TourDetails>(offeringId, ct) is { } tour ? Results.Ok(tour) : Results.NotFound())
            .AllowAnonymous().WithName("GetTourDetails");
    }

    private static async Task<IResult> Set(Guid offeringId, SetTourDetails body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var agenda = body.Agenda ?? [];
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.HostCompany), "hostCompany", "Name the company that hosts the tour.")
            .When(string.IsNullOrWhiteSpace(body.Address), "address", "The address of the visit is required.")
            .When(agenda.Count == 0 || agenda.Any(a => a is null || string.IsNullOrWhiteSpace(a.Time) || string.IsNullOrWhiteSpace(a.Title)),
                "agenda", "Give at least one agenda item, each with time and title.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var set = new TourDetailsSet(offeringId, body.HostCompany!.Trim(), body.Address!.Trim(), agenda, clock.GetUtcNow());
        session.Events.Append(TourStreams.Of(offeringId), set);
        await session.SaveChangesAsync(ct);
        return Results.Ok(TourDetailsProjection.Create(set));
    }
}
