using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.UseCases;

/// <summary>Staff maintain the use-case library.</summary>
internal static class UseCaseEndpoints
{
    public sealed record Input(
        string? Key,
        LocalizedText? Title,
        LocalizedText? Summary,
        IReadOnlyList<string>? Industries,
        IReadOnlyList<string>? Topics,
        IReadOnlyList<string>? Tags,

        IReadOnlyList<string>? DataPrerequisites, MaturityLevel? SuitableFrom, MaturityLevel? SuitableTo, bool? Active);

    public static void MapUseCases(this IEndpointRouteBuilder api)
    {
        api.MapPost("/use-cases", (Input body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Save(Ids.New(clock), body, session, clock, ct))
            .RequireAuthorization(Policies.Staff).WithName("CreateConsultationUseCase");
        api.MapPut("/use-cases/{id:guid}", async (Guid id, Input body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                await session.LoadAsync<ConsultationUseCase>(id, ct) is null ? Results.NotFound() : await Save(id, body, session, clock, ct))
                    .RequireAuthorization(Policies.Staff).WithName("SaveConsultationUseCase");
        api.MapGet("/use-cases", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok(await session.Query<ConsultationUseCase>().OrderBy(u => u.Key).ToListAsync(ct)))
            .RequireAuthorization(Policies.Staff).WithName("ListConsultationUseCases");
    }

    private static async Task<IResult> Save(Guid id, Input body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(body.Key) || body.Key.Length > 60, "key", "consultations.use-case.key", TextArgs.Of(("max", 60)))
            .When(string.IsNullOrWhiteSpace(body.Title?.De) || string.IsNullOrWhiteSpace(body.Title?.En), "title",
                "consultations.use-case.title-required")
            .When(body.Summary is null, "summary", "consultations.use-case.summary-required")
            .When((body.Industries ?? []).Any(i => !IndustrySections.IsKnown(i)), "industries", "consultations.use-case.industries")
            .When((body.Topics ?? []).Any(t => !Topics.IsKnown(t)), "topics", "consultations.use-case.topics-known")
            .When(body.SuitableFrom > body.SuitableTo, "suitableTo", "consultations.use-case.suitable-to");
        var tags = Tags.Normalize(body.Tags, "tags", problems);
        var data = Tags.Normalize(body.DataPrerequisites, "dataPrerequisites", problems);
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems).ToHttpResult();
        }
        var saved = new ConsultationUseCaseSaved(id, body.Key!.Trim(), body.Title!, body.Summary!, body.Industries ?? [], body.Topics ?? [], tags,
            data,
            body.SuitableFrom ?? MaturityLevel.Einsteiger, body.SuitableTo ?? MaturityLevel.Vorreiter, body.Active ?? true, clock.GetUtcNow());
        // A whole replacement: the last one holds, so a concurrent write to the stream is simply retried.
        await session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(id, saved);
            await session.SaveChangesAsync(token);
            return true;
        }, ct);
        return Results.Ok(ConsultationUseCase.From(saved));
    }
}
