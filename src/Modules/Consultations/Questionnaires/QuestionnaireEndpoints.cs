using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>Staff publish questionnaire versions; participants read the current one.</summary>
internal static class QuestionnaireEndpoints
{
    public sealed record Input(IReadOnlyList<Question?>? Questions);

    public static void MapQuestionnaire(this IEndpointRouteBuilder api)
    {
        api.MapPut("/questionnaire", Publish).RequireAuthorization(Policies.Staff).WithName("PublishConsultationQuestionnaire");
        api.MapGet("/questionnaire", async (IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct) is { } q ? Results.Ok(q.Current)
                    : Results.NotFound())
            .RequireAuthorization(Policies.SignedIn).WithName("GetConsultationQuestionnaire");
    }

    private static async Task<IResult> Publish(Input body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldErrors();
        var questions = QuestionnaireRules.Check(body.Questions, problems);
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems).ToHttpResult();
        }
        var stream = await session.Events.FetchForWriting<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);
        var version = (stream.Aggregate?.Current.Version ?? 0) + 1;
        stream.AppendOne(new ConsultationQuestionnairePublished(version, questions, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (
            ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException
                or JasperFx.Events.ExistingStreamIdCollisionException)
        {
            return Refusal.Conflict("consultations.questionnaire.published-meanwhile").ToHttpResult();
        }
        return Results.Ok(new QuestionnaireVersion(version, questions, clock.GetUtcNow()));
    }
}
