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
        api.MapPost("/programs", Handle).RequireAuthorization(Policies.Staff).WithName("CreateProgram");
        api.MapGet("/programs", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<ProgramSummary>().OrderBy(p => p.Starts).ToListAsync(ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListPrograms");
        api.MapGet("/programs/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<ProgramSummary>(id, ct) is { } program ? Results.Ok(program) : Results.NotFound())
            .RequireAuthorization(Policies.Staff)
            .WithName("GetProgram");
    }

    public static FieldProblems Validate(Request body) => new FieldProblems()
        .When(string.IsNullOrWhiteSpace(body.Name), "name", "Das Programm braucht einen Namen.", "A program needs a name.")
        .When(body.Starts is null, "starts", "Das Startdatum fehlt.", "The start date is required.")
        .When(body.Ends is null, "ends", "Das Enddatum fehlt.", "The end date is required.")
        .When(body.Starts is { } s && body.Ends is { } e && e < s, "ends", "Das Programm kann nicht vor seinem Start enden.", "The program cannot end before it starts.")
        .When(string.IsNullOrWhiteSpace(body.ResponsibleStaff), "responsibleStaff", "Nennen Sie die verantwortliche Person im Team.", "Name the staff member responsible.")
        .When(body.Targets is null, "targets", "Die Kennzahl-Ziele fehlen.", "KPI targets are required.")
        .When(body.Targets is { OrganisationsReached: < 0 }, "targets.organisationsReached", "Darf nicht negativ sein.", "Must not be negative.")
        .When(body.Targets is { Participations: < 0 }, "targets.participations", "Darf nicht negativ sein.", "Must not be negative.")
        .When(body.Targets is { Satisfaction: < 0 or > 100 }, "targets.satisfaction", "Ein Prozentwert von 0 bis 100.", "A percentage between 0 and 100.");

    internal static async Task<IResult> Handle(Request body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = Validate(body);
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var id = Ids.New(clock);
        var targets = body.Targets!;
        var created = new ProgramCreated(id, body.Name!.Trim(), body.Starts!.Value, body.Ends!.Value, body.ResponsibleStaff!.Trim(),
            new KpiTargets(targets.OrganisationsReached, targets.Participations, targets.Satisfaction));
        session.Events.StartStream<ProgramSummary>(id, created);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/catalog/programs/{id}", ProgramSummaryProjection.Create(created));
    }
}
