using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>Staff correct a program (same fields and rules as creating one) or close it; a closed program stays as it is.</summary>
internal static class ChangeProgram
{
    public static void MapProgramChanges(this IEndpointRouteBuilder api)
    {
        api.MapPut("/programs/{id:guid}", async (Guid id, CreateProgram.Request body, IDocumentSession session, CancellationToken ct) =>
                (await ChangeAsync(id, body, session, ct)).ToHttpResult(program => Results.Ok(program)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ChangeProgram")
            .Produces<ProgramSummary>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/programs/{id:guid}/close", async (Guid id, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                (await CloseAsync(id, session, clock, ct)).ToHttpResult(program => Results.Ok(program)))
            .RequireAuthorization(Policies.Staff)
            .WithName("CloseProgram")
            .Produces<ProgramSummary>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Replaces the program's name, term, responsible person and targets; refused once it is closed.</summary>
    internal static async Task<Result<ProgramSummary>> ChangeAsync(
        Guid id, CreateProgram.Request body, IDocumentSession session, CancellationToken ct)
    {
        if (CreateProgram.Validate(body) is { Count: > 0 } errors)
        {
            return Refusal.Invalid(errors);
        }
        var open = await OpenAsync(id, session, ct);
        if (open.Refusal is { } refused)
        {
            return refused;
        }
        var targets = body.Targets!;
        var changed = new ProgramChanged(id, body.Name!.Trim(), body.Starts!.Value, body.Ends!.Value, body.ResponsibleStaff!.Trim(),
            new KpiTargets(targets.OrganisationsReached, targets.Participations, targets.Satisfaction));
        session.Events.Append(id, changed);
        await session.SaveChangesAsync(ct);
        return ProgramSummaryProjection.Apply(changed, open.Value);
    }

    /// <summary>Closes the program: no new offerings, no more changes.</summary>
    internal static async Task<Result<ProgramSummary>> CloseAsync(Guid id, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var open = await OpenAsync(id, session, ct);
        if (open.Refusal is { } refused)
        {
            return refused;
        }
        var closed = new ProgramClosed(id, clock.GetUtcNow());
        session.Events.Append(id, closed);
        await session.SaveChangesAsync(ct);
        return ProgramSummaryProjection.Apply(closed, open.Value);
    }

    private static async Task<Result<ProgramSummary>> OpenAsync(Guid id, IDocumentSession session, CancellationToken ct) =>
        await session.LoadAsync<ProgramSummary>(id, ct) switch
        {
            null => Refusal.NotFound("catalog.program-not-found"),
            { Closed: true } => Refusal.Conflict("catalog.program-closed"),
            var program => program,
        };
}
