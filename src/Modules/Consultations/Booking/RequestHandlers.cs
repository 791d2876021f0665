using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Kompetenzzentrum.Modules.Consultations.Research;
using Kompetenzzentrum.Modules.Consultations.UseCases;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>The answer to a started consultation.</summary>
internal sealed record ConsultationStarted(Guid Id, string Status);

/// <summary>The answer to answered questions: the use cases ranked for them.</summary>
internal sealed record ConsultationAnswered(Guid Id, string Status, int QuestionnaireVersion, IReadOnlyList<RankedUseCase> UseCases);

/// <summary>
/// An SME starts a consultation and answers the questionnaire, for the API (<see cref="RequestEndpoints"/>) and the
/// page (<see cref="ConsultationPages"/>).
/// </summary>
internal static class RequestHandlers
{
    public static async Task<Result<ConsultationStarted>> StartAsync(
        Guid organisationId, RequestEndpoints.StartInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (body.OfferingId is null || body.OfferingId == Guid.Empty)
        {
            errors.Add(new FieldError("offeringId", "consultations.offering-required"));
        }
        if (body.Language is not (null or "de" or "en"))
        {
            errors.Add(new FieldError("language", "consultations.language-format"));
        }
        if (body.ContactEmail is { } mail && (mail.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(mail, out _)))
        {
            errors.Add(new FieldError("contactEmail", "consultations.contact-email-format"));
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        if (await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(body.OfferingId!.Value), ct) is not { } offering)
        {
            return Refusal.Invalid("offeringId", "consultations.offering-unknown");
        }
        var id = Ids.New(clock);
        session.Events.StartStream<Consultation>(id,
            new ConsultationRequested(id, offering.OfferingId, organisationId, offering.Topics, clock.GetUtcNow()));
        session.Store(
            new ConsultationTexts(id, organisationId, body.Language ?? "de", body.ContactEmail?.Trim().ToLowerInvariant(),
                new Dictionary<string, string>(), [], null, null, []));
        await session.SaveChangesAsync(ct);
        return new ConsultationStarted(id, "requested");
    }

    public static async Task<Result<ConsultationAnswered>> AnswerAsync(
        Guid organisationId, Guid id, RequestEndpoints.AnswerInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Consultation>(id, ct);
        if (stream.Aggregate is not { } consultation || consultation.OrganisationId != organisationId)
        {
            return Refusal.NotFound("consultations.not-found");
        }
        if (consultation.Status is not (ConsultationStatus.Requested or ConsultationStatus.Answered))
        {
            return Refusal.Conflict("consultations.answers-locked");
        }
        if (await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct) is not { } questionnaire)
        {
            return Refusal.Conflict("consultations.no-questionnaire");
        }
        var current = questionnaire.Current;
        var errors = new List<FieldError>();
        var parsed = AnswerCheck.Check(current, body.Answers, errors);
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var now = clock.GetUtcNow();
        var profile = AnswerProfile.From(AnswerCheck.Chosen(current, parsed.Choices));
        var topics = profile.Topics.Union(consultation.OfferingTopics).Order(StringComparer.Ordinal).ToList();
        stream.AppendOne(
            new ConsultationQuestionnaireAnswered(id, organisationId, consultation.OfferingId, current.Version, parsed.Choices, parsed.Scales,
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
            return Refusal.Conflict("consultations.changed-meanwhile");
        }
        return new ConsultationAnswered(id, "answered", current.Version, ranked);
    }
}
