using System.Text.Json;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Kompetenzzentrum.Modules.Consultations.Research;
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
        IReadOnlyList<RankedUseCase> UseCases, string? Summary, IReadOnlyList<string> NextSteps, IReadOnlyList<Guid> RecommendedOfferingIds, IReadOnlyList<string> FollowUpTopics);

    public const string Route = "/organisations/{organisationId:guid}/consultations";

    public static void MapRequests(this IEndpointRouteBuilder api)
    {
        api.MapPost(Route, Start).RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess().WithName("StartConsultation");
        api.MapPut(Route + "/{id:guid}/answers", Answer).RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess().WithName("AnswerConsultationQuestionnaire");
        api.MapGet(Route + "/{id:guid}", View).RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess().WithName("GetConsultation");
    }

    internal static async Task<IResult> Start(Guid organisationId, StartInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(body.OfferingId is null || body.OfferingId == Guid.Empty, "offeringId", "Das Beratungsangebot fehlt.", "The consultation offering is required.")
            .When(body.Language is not (null or "de" or "en"), "language", "de oder en.", "de or en.")
            .When(body.ContactEmail is { } mail && (mail.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(mail, out _)), "contactEmail", "Eine gültige E-Mail-Adresse oder nichts.", "A valid e-mail address or nothing.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        if (await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(body.OfferingId!.Value), ct) is not { } offering)
        {
            return new FieldProblems().Add("offeringId", "Dieses Beratungsangebot gibt es nicht.", "No consultation offering with booking rules has this id.").ToResult();
        }
        var id = Ids.New(clock);
        session.Events.StartStream<Consultation>(id, new ConsultationRequested(id, offering.OfferingId, organisationId, offering.Topics, clock.GetUtcNow()));
        session.Store(new ConsultationTexts(id, organisationId, body.Language ?? "de", body.ContactEmail?.Trim().ToLowerInvariant(), new Dictionary<string, string>(), [], null, null, []));
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/consultations/organisations/{organisationId}/consultations/{id}", new { id, status = "requested" });
    }

    internal static async Task<IResult> Answer(Guid organisationId, Guid id, AnswerInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Consultation>(id, ct);
        if (stream.Aggregate is not { } consultation || consultation.OrganisationId != organisationId)
        {
            return Results.NotFound();
        }
        if (consultation.Status is not (ConsultationStatus.Requested or ConsultationStatus.Answered))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The answers can be changed only before a slot is booked.");
        }
        if (await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct) is not { } questionnaire)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "No questionnaire is published yet.");
        }
        var current = questionnaire.Current;
        var problems = new FieldProblems();
        var parsed = AnswerCheck.Check(current, body.Answers, problems);
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var now = clock.GetUtcNow();
        var profile = AnswerProfile.From(AnswerCheck.Chosen(current, parsed.Choices));
        var topics = profile.Topics.Union(consultation.OfferingTopics).Order(StringComparer.Ordinal).ToList();
        stream.AppendOne(new ConsultationQuestionnaireAnswered(id, organisationId, consultation.OfferingId, current.Version, parsed.Choices, parsed.Scales,
            parsed.Texts.Keys.Order(StringComparer.Ordinal).ToList(), topics, now));
        stream.AppendMany(NeedSignals.From(profile, organisationId, consultation.OfferingId, now));
        var ranked = UseCaseRanking.Rank(await session.Query<ConsultationUseCase>().Where(u => u.Active).ToListAsync(ct), profile);
        var texts = await session.LoadAsync<ConsultationTexts>(id, ct);
        session.Store((texts ?? new ConsultationTexts(id, organisationId, "de", null, new Dictionary<string, string>(), [], null, null, [])) with
        {
            Answers = parsed.Texts,
            RankedUseCases = ranked,
        });
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The consultation changed at the same time; reload and try again.");
        }
        return Results.Ok(new { id, status = "answered", questionnaireVersion = current.Version, useCases = ranked });
    }

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
            c.Status == ConsultationStatus.Booked ? offering?.Where(expert) : null, texts?.RankedUseCases ?? [], texts?.Summary, texts?.NextSteps ?? [],
            c.RecommendedOfferingIds, c.FollowUpTopics));
    }
}
