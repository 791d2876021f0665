using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

/// <summary>Read the check's questions (anyone) and publish a new version (staff).</summary>
internal static class QuestionSetEndpoints
{
    public static void MapQuestionSets(this IEndpointRouteBuilder api)
    {
        api.MapGet("/maturity/question-sets/current", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await QuestionSets.CurrentAsync(session, ct)))
            .AllowAnonymous().WithName("GetCurrentMaturityQuestionSet");
        api.MapGet("/maturity/question-sets/{version:int}", async (int version, IQuerySession session, CancellationToken ct) =>
                await QuestionSets.FindAsync(session, version, ct) is { } set ? Results.Ok(set) : Results.NotFound())
            .AllowAnonymous().WithName("GetMaturityQuestionSet");
        api.MapPost("/maturity/question-sets", PublishAsync).RequireAuthorization(Policies.Staff).WithName("PublishMaturityQuestionSet");
    }

    private static async Task<IResult> PublishAsync(
        QuestionSetInput body, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            var problems = new FieldProblems();
            foreach (var error in errors)
            {
                problems.Add(error.Field, texts.Get(error.Code, error.Args));
            }
            return problems.ToResult();
        }
        var version = (await QuestionSets.CurrentAsync(session, ct)).Id + 1;
        // Insert, not Store: a version is never overwritten; two publishing at once makes one of them retry.
        session.Insert(body.ToSet(version, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            return Results.Problem(statusCode: 409, title: texts.Get("organisations.maturity.version-taken"));
        }
        return Results.Created($"/api/organisations/maturity/question-sets/{version}", new { version });
    }
}
