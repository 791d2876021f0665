using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

/// <summary>
/// Read the check's questions (anyone); staff publish a new version directly, or save a draft and publish it
/// (<see cref="QuestionSetHandlers"/>, which the staff page calls too).
/// </summary>
internal static class QuestionSetEndpoints
{
    private const string Sets = "/maturity/question-sets";

    public static void MapQuestionSets(this IEndpointRouteBuilder api)
    {
        api.MapGet(Sets + "/current", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await QuestionSets.CurrentAsync(session, ct)))
            .AllowAnonymous().WithName("GetCurrentMaturityQuestionSet");
        api.MapGet(Sets + "/{version:int}", async (int version, IQuerySession session, CancellationToken ct) =>
                await QuestionSets.FindAsync(session, version, ct) is { } set ? Results.Ok(set) : Results.NotFound())
            .AllowAnonymous().WithName("GetMaturityQuestionSet");
        api.MapPost(Sets, async (QuestionSetInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                (await QuestionSetHandlers.PublishAsync(body, session, clock, ct)).ToHttpResult(Created))
            .RequireAuthorization(Policies.Staff).WithName("PublishMaturityQuestionSet");
        api.MapGet(Sets + "/draft", async (IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<QuestionSetDraft>(QuestionSetDraft.TheDraft, ct) is { } draft ? Results.Ok(draft) : Results.NotFound())
            .RequireAuthorization(Policies.Staff).WithName("GetMaturityQuestionSetDraft");
        api.MapPut(Sets + "/draft", async (QuestionSetInput body, HttpContext http, IDocumentSession session, TimeProvider clock,
                    CancellationToken ct) =>
                (await QuestionSetHandlers.SaveDraftAsync(body, http.User.AccountId(), session, clock, ct)).ToHttpResult(Results.Ok))
            .RequireAuthorization(Policies.Staff).WithName("SaveMaturityQuestionSetDraft");
        api.MapPost(Sets + "/draft/publish", async (IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                (await QuestionSetHandlers.PublishDraftAsync(session, clock, ct)).ToHttpResult(Created))
            .RequireAuthorization(Policies.Staff).WithName("PublishMaturityQuestionSetDraft").Produces(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult Created(int version) => Results.Created($"/api/organisations{Sets}/{version}", new { version });
}
