using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

internal sealed record AnswerInput(Guid? ActionId, ActionProgress? Progress);

internal sealed record SurveyInput(IReadOnlyList<AnswerInput>? Answers);

/// <summary>The follow-up survey: the roadmap's actions to answer, and the answers (the SME's members or staff;
/// <see cref="FollowUpHandler"/>).</summary>
internal static class FollowUpEndpoints
{
    public static void MapFollowUp(this IEndpointRouteBuilder api)
    {
        api.MapGet("/engagements/{engagementId:guid}/follow-up",
            async (Guid engagementId, HttpContext http, IQuerySession session, CancellationToken ct) =>
                await EngagementCommands.FindAsync(session, http, engagementId, ct) is not { } e ? Results.NotFound() : Results.Ok(new
                {
                    dueAt = e.FollowUpDueAt,
                    sentAt = e.FollowUpSentAt,
                    actions = e.Roadmap.Select(a =>
                        new
                        {
                            a.ActionId,
                            a.Title,
                            a.Owner,
                            a.DueOn,
                            progress = e.FollowUpAnswers.FirstOrDefault(x => x.ActionId == a.ActionId)?.Progress
                        }),
                    choices = Enum.GetNames<ActionProgress>(),
                    maturityCheck = $"/api/organisations/{e.OrganisationId}/maturity/checks",
                }))
            .RequireAuthorization(Policies.ParticipantOrStaff).WithName("GetSprintFollowUp");
        api.MapPost("/engagements/{engagementId:guid}/follow-up", AnswerAsync).RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("AnswerSprintFollowUp");
    }

    private static async Task<IResult> AnswerAsync(Guid engagementId, SurveyInput body, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        (await FollowUpHandler.AnswerAsync(engagementId, body, http, session, clock, ct)).ToHttpResult(e => Results.Ok(e));
}
