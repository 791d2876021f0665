using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.UseCases;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>An SME starts a consultation and answers the questionnaire; the answer ranks the use cases.</summary>
internal static class RequestEndpoints
{
    public sealed record StartInput(Guid? OfferingId, string? Language, string? ContactEmail);

    public sealed record AnswerInput(Dictionary<string, JsonElement>? Answers);

    /// <summary>What the SME sees: never the expert's private notes.</summary>
    public sealed record SmeView(
        Guid Id, Guid OfferingId, string Status, int QuestionnaireVersion, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place,
        IReadOnlyList<RankedUseCase> UseCases, string? Summary, IReadOnlyList<string> NextSteps, IReadOnlyList<Guid> RecommendedOfferingIds,
        IReadOnlyList<string> FollowUpTopics);

    public const string Route = "/organisations/{organisationId:guid}/consultations";

    public static void MapRequests(this IEndpointRouteBuilder api)
    {
        api.MapPost(Route, Start).RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess().WithName("StartConsultation");
        api.MapPut(Route + "/{id:guid}/answers", Answer).RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess()
            .WithName("AnswerConsultationQuestionnaire");
        api.MapGet(Route + "/{id:guid}", View).RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess()
            .WithName("GetConsultation");
    }

    private static async Task<IResult> Start(Guid organisationId, StartInput body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await RequestHandlers.StartAsync(organisationId, body, session, clock, ct))
            .ToHttpResult(started => Results.Created($"/api/consultations/organisations/{organisationId}/consultations/{started.Id}", started));

    private static async Task<IResult> Answer(Guid organisationId, Guid id, AnswerInput body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await RequestHandlers.AnswerAsync(organisationId, id, body, session, clock, ct)).ToHttpResult(Results.Ok);

    internal static async Task<IResult> View(Guid organisationId, Guid id, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<Consultation>(id, ct) is not { } c || c.OrganisationId != organisationId)
        {
            return Results.NotFound();
        }
        var texts = await session.LoadAsync<ConsultationTexts>(id, ct);
        var offering = await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(c.OfferingId), ct);
        var expert = c.ExpertId is { } e ? await session.LoadAsync<Experts.ConsultationExpert>(e, ct) : null;
        return Results.Ok(new SmeView(c.Id, c.OfferingId, c.Status.ToString().ToLowerInvariant(), c.QuestionnaireVersion, c.StartsAt, c.EndsAt,
            c.Status == ConsultationStatus.Booked ? offering?.Where(expert) : null, texts?.RankedUseCases ?? [], texts?.Summary, texts?.NextSteps
                ?? [],
            c.RecommendedOfferingIds, c.FollowUpTopics));
    }
}
