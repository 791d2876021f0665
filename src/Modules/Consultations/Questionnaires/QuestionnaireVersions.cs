using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>
/// The consultation questionnaire's versions: the one handler behind <c>GET/PUT /questionnaire</c> and the back-office
/// questionnaire pages. Publishing checks the questions (<see cref="QuestionnaireRules"/>) and appends the next version;
/// earlier versions stay readable (answers keep the version they were given to). A caller that drafted on a version
/// (<c>basedOn</c>) is refused when another version was published meanwhile, as is a write that loses a race.
/// </summary>
internal sealed class QuestionnaireVersions(IDocumentSession session, TimeProvider clock)
{
    public async Task<ConsultationQuestionnaire?> LoadAsync(CancellationToken ct) =>
        await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);

    public async Task<QuestionnaireVersion?> CurrentAsync(CancellationToken ct) => (await LoadAsync(ct))?.Current;

    public async Task<Result<QuestionnaireVersion>> FindAsync(int version, CancellationToken ct) =>
        (await LoadAsync(ct))?.Find(version) is { } found
            ? found
            : Refusal.NotFound("consultations.questionnaire.version-unknown", TextArgs.Of(("version", version)));

    /// <summary>Publishes <paramref name="questions"/> as the next version; <paramref name="basedOn"/>: the version the draft started from.</summary>
    public async Task<Result<QuestionnaireVersion>> PublishAsync(IReadOnlyList<Question?>? questions, int? basedOn, CancellationToken ct)
    {
        var problems = new FieldErrors();
        var checkedQuestions = QuestionnaireRules.Check(questions, problems);
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems);
        }
        var stream = await session.Events.FetchForWriting<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);
        var current = stream.Aggregate?.Current.Version ?? 0;
        if (basedOn is { } drafted && drafted != current)
        {
            return Refusal.Conflict("consultations.questionnaire.published-meanwhile");
        }
        var published = new QuestionnaireVersion(current + 1, checkedQuestions, clock.GetUtcNow());
        stream.AppendOne(new ConsultationQuestionnairePublished(published.Version, published.Questions, published.PublishedAt));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (WriteConflicts.IsConflict(ex))
        {
            return Refusal.Conflict("consultations.questionnaire.published-meanwhile");
        }
        return published;
    }
}
