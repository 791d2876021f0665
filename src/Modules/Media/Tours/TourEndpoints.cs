using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Media.Editing;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Tours;

internal sealed record SetTourDetails(string? HostCompany, string? Address, IReadOnlyList<AgendaItem>? Agenda);

/// <summary>
/// Host company, address and agenda of an experience tour; booked through the catalog like any offering.
/// The first PUT describes the tour; changing or deleting an existing description needs its ETag in If-Match.
/// </summary>
internal static class TourEndpoints
{
    public static void MapTours(this IEndpointRouteBuilder api)
    {
        api.MapPut("/tours/{offeringId:guid}", Set).RequireAuthorization(Policies.Staff).WithName("SetTourDetails");
        api.MapDelete("/tours/{offeringId:guid}", Remove).RequireAuthorization(Policies.Staff).WithName("DeleteTourDetails");
        api.MapGet("/tours/{offeringId:guid}", async (Guid offeringId, HttpContext http, IQuerySession session, CancellationToken ct) =>
        {
            if (await session.LoadAsync<TourDetails>(offeringId, ct) is not { } tour)
            {
                return Results.NotFound();
            }
            if (await VersionedChange.VersionAsync(session, TourStreams.Of(offeringId), ct) is { } version)
            {
                EntityTags.Write(http.Response, version);
            }
            return Results.Ok(tour);
        }).AllowAnonymous().WithName("GetTourDetails");
    }

    internal static Task<IResult> Remove(Guid offeringId, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        VersionedChange.ApplyAsync<TourStream>(http, session, TourStreams.Of(offeringId), s => s.Described, _ => null,
            _ => [new TourDetailsRemoved(offeringId, clock.GetUtcNow())], _ => Task.FromResult(Results.NoContent()), ct);

    internal static async Task<IResult> Set(Guid offeringId, SetTourDetails body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var agenda = body.Agenda ?? [];
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.HostCompany), "hostCompany", "Nennen Sie das Unternehmen, das die Tour ausrichtet.", "Name the company that hosts the tour.")
            .When(string.IsNullOrWhiteSpace(body.Address), "address", "Die Adresse des Besuchs fehlt.", "The address of the visit is required.")
            .When(agenda.Count == 0 || agenda.Any(a => a is null || string.IsNullOrWhiteSpace(a.Time) || string.IsNullOrWhiteSpace(a.Title)),
                "agenda", "Mindestens ein Programmpunkt, jeder mit Uhrzeit und Titel.", "Give at least one agenda item, each with time and title.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var set = new TourDetailsSet(offeringId, body.HostCompany!.Trim(), body.Address!.Trim(), agenda, clock.GetUtcNow());
        var streamId = TourStreams.Of(offeringId);
        var existing = await session.LoadAsync<TourStream>(streamId, ct);
        if (existing is { Described: true })
        {
            return await VersionedChange.ApplyAsync<TourStream>(http, session, streamId, s => s.Described, _ => null, _ => [set], version =>
            {
                EntityTags.Write(http.Response, version);
                return Task.FromResult(Results.Ok(TourDetailsProjection.Create(set)));
            }, ct);
        }
        // A first description (or one after a removal): optimistic on the stream as it was read.
        var stream = await session.Events.FetchForWriting<TourStream>(streamId, ct);
        stream.AppendOne(set);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            return Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The tour was described in the meantime.",
                detail: "Reload it and apply your change with its ETag in If-Match.");
        }
        EntityTags.Write(http.Response, (stream.StartingVersion ?? 0) + 1);
        return Results.Ok(TourDetailsProjection.Create(set));
    }
}
