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
        public DetailsInput Details => new(Title, Description, Topics, SuitableFrom, SuitableTo, Format, Place, Link, Language, CancellationDeadlineHours);
    }

    public static void MapDraftOffering(this IEndpointRouteBuilder api)
    {
        api.MapPost("/offerings", Handle).RequireAuthorization(Policies.OfferingManager).WithName("DraftOffering");
        api.MapGet("/offerings/{id:guid}", Get).AllowAnonymous().WithName("GetOffering");
    }

    internal static async Task<IResult> Handle(
        Request body, [FromServices] IEnumerable<OfferingTypeDefinition> types, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(body.ProgramId is null, "programId", "Das Programm fehlt.", "The program is required.")
            .When(body.OfferingType is null || !types.Any(t => t.Key == body.OfferingType), "offeringType",
                $"Wählen Sie eine der Angebotsarten: {string.Join(", ", types.Select(t => t.Key).Order(StringComparer.Ordinal))}.",
                $"Offering type must be one of the registered types: {string.Join(", ", types.Select(t => t.Key).Order(StringComparer.Ordinal))}.");
        if (body.ProgramId is { } programId && await session.LoadAsync<ProgramSummary>(programId, ct) is null)
        {
            problems.Add("programId", "Dieses Programm gibt es nicht.", "No program with this id.");
        }
        var details = OfferingDecider.Validate(body.Details, problems);
        if (details is null || !problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var id = Ids.New(clock);
        var drafted = new OfferingDrafted(id, body.ProgramId!.Value, body.OfferingType!, details);
        session.Events.StartStream<CatalogEntry>(id, drafted);
        if (http.User.OwningPartnerCenter() is { } center)
        {
            session.Store(new OfferingOwnership(id, center));
        }
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/catalog/offerings/{id}", CatalogEntry.From(drafted)).WithETag(1);
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
