using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Phases;

internal sealed record TextListInput(IReadOnlyList<string>? Items);

internal sealed record IdeaInput(string? Title, string? Description, IReadOnlyList<string>? Topics);

internal sealed record AssessmentInput(int? Value, int? Effort, int? Risk);

internal sealed record ChoiceInput(bool? Chosen);

internal sealed record ActionInput(string? Title, string? Owner, DateOnly? DueOn);

/// <summary>Staff record the results each phase requires (adapters over <see cref="ResultHandlers"/>): challenges, insights, ideas with assessments,
/// the roadmap.</summary>
internal static class ResultEndpoints
{
    public static void MapResults(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/engagements/{engagementId:guid}").RequireAuthorization(Policies.Staff);
        group.MapPut("/challenges",
            async (Guid engagementId, TextListInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Answer(await ResultHandlers.RecordChallengesAsync(engagementId, body, http, session, clock, ct))).WithName("RecordSprintChallenges");
        group.MapPut("/insights",
            async (Guid engagementId, TextListInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Answer(await ResultHandlers.RecordInsightsAsync(engagementId, body, http, session, clock, ct))).WithName("RecordSprintInsights");
        group.MapPost("/ideas",
            async (Guid engagementId, IdeaInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Answer(await ResultHandlers.AddIdeaAsync(engagementId, body, http, session, clock, ct))).WithName("AddSprintIdea");
        group.MapPut("/ideas/{ideaId:guid}/assessment",
            async (Guid engagementId, Guid ideaId, AssessmentInput body, HttpContext http, IDocumentSession session, TimeProvider clock,
                CancellationToken ct) =>
            Answer(await ResultHandlers.AssessIdeaAsync(engagementId, ideaId, body, http, session, clock, ct))).WithName("AssessSprintIdea");
        group.MapPut("/ideas/{ideaId:guid}/choice",
            async (Guid engagementId, Guid ideaId, ChoiceInput body, HttpContext http, IDocumentSession session, TimeProvider clock,
                CancellationToken ct) =>
            Answer(await ResultHandlers.ChooseIdeaAsync(engagementId, ideaId, body, http, session, clock, ct))).WithName("ChooseSprintIdea");
        group.MapPost("/roadmap",
            async (Guid engagementId, ActionInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Answer(await ResultHandlers.AddActionAsync(engagementId, body, http, session, clock, ct))).WithName("AddSprintRoadmapAction");
    }

    private static IResult Answer(Contracts.Application.Result<Engagements.Engagement> result) => result.ToHttpResult(e => Results.Ok(e));
}
