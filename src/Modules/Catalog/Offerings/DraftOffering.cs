using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>Staff draft an offering of a registered type in a program; it is not listed until published.</summary>
internal static class DraftOffering
{
    public sealed record Request(
        Guid? ProgramId,
        string? OfferingType,
        LocalizedText? Title,
        LocalizedText? Description,
        IReadOnlyList<string>? Topics,
        MaturityLevel? SuitableFrom,
        MaturityLevel? SuitableTo,
        string? Format,
        string? Place,
        string? Link,
        string? Language,
        int? CancellationDeadlineHours)
    {
        // A method, not a property: a property would be written into the documented request body, which cannot set it.
        public DetailsInput Details() =>
            new(Title, Description, Topics, SuitableFrom, SuitableTo, Format, Place, Link, Language, CancellationDeadlineHours);
    }

    public static void MapDraftOffering(this IEndpointRouteBuilder api)
    {
        api.MapPost("/offerings", Handle).RequireAuthorization(Policies.OfferingManager).WithName("DraftOffering")
            .Produces<CatalogEntry>(StatusCodes.Status201Created);
        api.MapGet("/offerings/{id:guid}", Get).AllowAnonymous().WithName("GetOffering").Produces<CatalogEntry>();
    }

    private static async Task<IResult> Handle(
        Request body,
        [FromServices] IEnumerable<OfferingTypeDefinition> types,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct) =>
        (await DraftAsync(body, types, http.User, session, clock, ct))
            .ToHttpResult(created => Results.Created($"/api/catalog/offerings/{created.Id}", created).WithETag(1));

    /// <summary>Drafts an offering; a partner center's staff own what they draft.</summary>
    internal static async Task<Result<CatalogEntry>> DraftAsync(
        Request body,
        IEnumerable<OfferingTypeDefinition> types,
        ClaimsPrincipal user,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct)
    {
        var program = body.ProgramId is { } programId ? await session.LoadAsync<ProgramSummary>(programId, ct) : null;
        var errors = new FieldErrors()
            .When(body.ProgramId is null, "programId", "catalog.program-required")
            .When(body.OfferingType is null || !types.Any(t => t.Key == body.OfferingType), "offeringType", "catalog.offering-type-unknown",
                TextArgs.Of(("types", string.Join(", ", types.Select(t => t.Key).Order(StringComparer.Ordinal)))))
            .When(body.ProgramId is not null && program is null, "programId", "catalog.program-not-found")
            .When(program is { Closed: true }, "programId", "catalog.program-closed");
        var details = OfferingDecider.Validate(body.Details(), errors);
        if (details is null || errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var id = Ids.New(clock);
        var drafted = new OfferingDrafted(id, body.ProgramId!.Value, body.OfferingType!, details);
        session.Events.StartStream<CatalogEntry>(id, drafted);
        if (user.OwningPartnerCenter() is { } center)
        {
            session.Store(new OfferingOwnership(id, center));
        }
        await session.SaveChangesAsync(ct);
        return CatalogEntry.From(drafted);
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        // Drafts are visible to those who manage offerings only; to everybody else they do not exist.
        if (await session.LoadAsync<CatalogEntry>(id, ct) is not { } entry
            || (entry.Status == OfferingStatus.Draft && !await OfferingOwnership.MayManageAsync(session, http.User, id, ct)))
        {
            return Results.NotFound();
        }
        var stream = await session.Events.FetchStreamStateAsync(id, ct);
        return Results.Ok(entry).WithETag(stream!.Version);
    }
}
