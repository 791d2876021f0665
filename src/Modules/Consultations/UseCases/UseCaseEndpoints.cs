using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
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
        api.MapPost("/use-cases", async (Input body, UseCaseChanges useCases, CancellationToken ct) =>
            (await useCases.AddAsync(body, ct)).ToHttpResult(saved => Results.Ok(saved)))
            .RequireAuthorization(Policies.Staff).WithName("CreateConsultationUseCase");
        api.MapPut("/use-cases/{id:guid}", async (Guid id, Input body, UseCaseChanges useCases, CancellationToken ct) =>
            (await useCases.ChangeAsync(id, body, ct)).ToHttpResult(saved => Results.Ok(saved)))
            .RequireAuthorization(Policies.Staff).WithName("SaveConsultationUseCase").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/use-cases", async (UseCaseChanges useCases, CancellationToken ct) => Results.Ok(await useCases.ListAsync(ct)))
            .RequireAuthorization(Policies.Staff).WithName("ListConsultationUseCases");
    }
}
