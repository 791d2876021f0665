using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>Staff publish questionnaire versions; participants read the current one. Both through <see cref="QuestionnaireVersions"/>.</summary>
internal static class QuestionnaireEndpoints
{
    public sealed record Input(IReadOnlyList<Question?>? Questions);

    public static void MapQuestionnaire(this IEndpointRouteBuilder api)
    {
        api.MapPut("/questionnaire", async (Input body, QuestionnaireVersions versions, CancellationToken ct) =>
                (await versions.PublishAsync(body.Questions, null, ct)).ToHttpResult(published => Results.Ok(published)))
            .RequireAuthorization(Policies.Staff).WithName("PublishConsultationQuestionnaire");
        api.MapGet("/questionnaire", async (QuestionnaireVersions versions, CancellationToken ct) =>
                await versions.CurrentAsync(ct) is { } current ? Results.Ok(current) : Results.NotFound())
            .RequireAuthorization(Policies.SignedIn).WithName("GetConsultationQuestionnaire");
    }
}
