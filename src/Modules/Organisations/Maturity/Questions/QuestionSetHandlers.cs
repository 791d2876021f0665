using Kompetenzzentrum.Contracts.Application;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

/// <summary>
/// Publishing the check's questions, directly or through the draft, shared by the API (<see cref="QuestionSetEndpoints"/>) and
/// the staff page (<see cref="QuestionSetPages"/>). A version never changes once published; answered checks keep theirs.
/// </summary>
internal static class QuestionSetHandlers
{
    public const string NoDraft = "organisations.question-set.no-draft";
    public const string VersionTaken = "organisations.maturity.version-taken";
    public const string DraftStale = "organisations.question-set.draft-stale";

    /// <summary>Publishes the input as the next version; the number of the new version.</summary>
    public static async Task<Result<int>> PublishAsync(QuestionSetInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            return Refusal.Invalid(errors);
        }
        return await InsertAsync(body, session, clock, ct);
    }

    /// <summary>
    /// Saves the draft (checked like a version, so that it can always be published); nothing is saved when refused. Saving
    /// bases the draft on the version current now: whoever saves has seen it against that version.
    /// </summary>
    public static async Task<Result<QuestionSetDraft>> SaveDraftAsync(
        QuestionSetInput body, Guid? by, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            return Refusal.Invalid(errors);
        }
        var basedOn = (await QuestionSets.CurrentAsync(session, ct)).Id;
        var draft = new QuestionSetDraft
        {
            Questions = body.ToSet(0, clock.GetUtcNow()).Questions,
            BasedOn = basedOn,
            SavedAt = clock.GetUtcNow(),
            SavedBy = by,
        };
        session.Store(draft);
        await session.SaveChangesAsync(ct);
        return draft;
    }

    /// <summary>
    /// Publishes the draft as the next version and removes it; without a draft a conflict, and a conflict when another version
    /// came out since the draft was last saved (publishing it would silently undo that version's changes: save it again first).
    /// </summary>
    public static async Task<Result<int>> PublishDraftAsync(IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<QuestionSetDraft>(QuestionSetDraft.TheDraft, ct) is not { } draft)
        {
            return Refusal.Conflict(NoDraft);
        }
        var current = (await QuestionSets.CurrentAsync(session, ct)).Id;
        if (current != draft.BasedOn)
        {
            return Refusal.Conflict(DraftStale, TextArgs.Of(("base", draft.BasedOn), ("current", current)));
        }
        session.Delete(draft);
        return await InsertAsync(FromQuestions(draft.Questions), session, clock, ct);
    }

    /// <summary>The input that would publish these questions again (the editor starts from the current version).</summary>
    public static QuestionSetInput FromQuestions(IEnumerable<Question> questions) =>
        new([.. questions.Select(q => new QuestionInput(q.Id, q.Kind, q.Key, q.Text, q.Labels))]);

    private static async Task<Result<int>> InsertAsync(QuestionSetInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var version = (await QuestionSets.CurrentAsync(session, ct)).Id + 1;
        // Insert, not Store: a version is never overwritten; two publishing at once makes one of them retry.
        session.Insert(body.ToSet(version, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            return Refusal.Conflict(VersionTaken);
        }
        return version;
    }
}
