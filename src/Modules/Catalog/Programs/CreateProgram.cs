using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>Staff set up a funded program period with its KPI targets.</summary>
internal static class CreateProgram
{
    public sealed record Request(string? Name, DateOnly? Starts, DateOnly? Ends, string? ResponsibleStaff, TargetsRequest? Targets);

    public sealed record TargetsRequest(int OrganisationsReached, int Participations, int Satisfaction);

    public static void MapPrograms(this IEndpointRouteBuilder api)
    {
        api.MapPost("/programs", async (Request body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                (await CreateAsync(body, session, clock, ct))
                    .ToHttpResult(program => Results.Created($"/api/catalog/programs/{program.Id}", program)))
            .RequireAuthorization(Policies.Staff)
            .WithName("CreateProgram")
            .Produces<ProgramSummary>(StatusCodes.Status201Created);
        api.MapGet("/programs", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<ProgramSummary>().OrderBy(p => p.Starts).ToListAsync(ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListPrograms")
            .Produces<List<ProgramSummary>>();
        api.MapGet("/programs/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<ProgramSummary>(id, ct) is { } program ? Results.Ok(program) : Results.NotFound())
            .RequireAuthorization(Policies.Staff)
            .WithName("GetProgram")
            .Produces<ProgramSummary>();
    }

    /// <summary>What is wrong with the request, field by field; empty when nothing is.</summary>
    public static IReadOnlyList<FieldError> Validate(Request body)
    {
        var errors = new FieldErrors();
        errors.When(string.IsNullOrWhiteSpace(body.Name), "name", "catalog.program-name-required");
        errors.When(body.Starts is null, "starts", "catalog.program-start-required");
        errors.When(body.Ends is null, "ends", "catalog.program-end-required");
        errors.When(body.Starts is { } s && body.Ends is { } e && e < s, "ends", "catalog.program-ends-before-start");
        errors.When(string.IsNullOrWhiteSpace(body.ResponsibleStaff), "responsibleStaff", "catalog.program-responsible-required");
        errors.When(body.Targets is null, "targets", "catalog.program-targets-required");
        errors.When(body.Targets is { OrganisationsReached: < 0 }, "targets.organisationsReached", "catalog.not-negative");
        errors.When(body.Targets is { Participations: < 0 }, "targets.participations", "catalog.not-negative");
        errors.When(body.Targets is { Satisfaction: < 0 or > 100 }, "targets.satisfaction", "catalog.percentage");
        return errors;
    }

    /// <summary>Creates a program period and answers its summary.</summary>
    internal static async Task<Result<ProgramSummary>> CreateAsync(Request body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (Validate(body) is { Count: > 0 } errors)
        {
            return Refusal.Invalid(errors);
        }
        var id = Ids.New(clock);
        var targets = body.Targets!;
        var created = new ProgramCreated(id, body.Name!.Trim(), body.Starts!.Value, body.Ends!.Value, body.ResponsibleStaff!.Trim(),
            new KpiTargets(targets.OrganisationsReached, targets.Participations, targets.Satisfaction));
        session.Events.StartStream<ProgramSummary>(id, created);
        await session.SaveChangesAsync(ct);
        return ProgramSummaryProjection.Create(created);
    }
}
