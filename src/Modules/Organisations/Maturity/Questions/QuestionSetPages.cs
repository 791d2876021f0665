using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

/// <summary>
/// Staff page "Reifegrad-Fragen": the published versions (current marked), one version's questions, the draft editor (started
/// from the draft or the current version) and publishing the draft, through <see cref="QuestionSetHandlers"/> like the API.
/// </summary>
internal static class QuestionSetPages
{
    public const string Path = "/backoffice/reifegrad";
    public const string DraftPath = Path + "/entwurf";
    public const string PublishPath = DraftPath + "/veroeffentlichen";

    public static void MapQuestionSetPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ListAsync).RequireAuthorization(Policies.Staff);
        pages.MapGet(Path + "/{version:int}", async (int version, HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct) =>
                await QuestionSets.FindAsync(session, version, ct) is { } set
                    ? UiPages.Render<QuestionSetPage>(new
                    {
                        Number = set.Id,
                        Questions = set.Questions.Select(q => new QuestionSetPage.Row(q.Id, q.Kind, q.Key, q.Text, q.Labels)).ToList(),
                    })
                    : UiPages.Failed(http, Path, texts.Get("organisations.question-sets.unknown")))
            .RequireAuthorization(Policies.Staff);
        pages.MapGet(DraftPath, async (IQuerySession session, CancellationToken ct) =>
            {
                var draft = await session.LoadAsync<QuestionSetDraft>(QuestionSetDraft.TheDraft, ct);
                var questions = draft?.Questions ?? (await QuestionSets.CurrentAsync(session, ct)).Questions;
                return UiPages.Render<QuestionSetDraftPage>(new { State = QuestionSetForm.From(questions) });
            })
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(DraftPath, SaveAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(PublishPath, async (HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
                (await QuestionSetHandlers.PublishDraftAsync(session, clock, ct)).Match(
                    version => UiPages.Done(http, Path, texts.Get("organisations.question-sets.published-done", TextArgs.Of(("version", version)))),
                    refusal => UiPages.Failed(http, Path, texts.Reason(refusal))))
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> ListAsync(IQuerySession session, CancellationToken ct)
    {
        var published = await session.Query<QuestionSet>().OrderByDescending(s => s.Id).ToListAsync(ct);
        var versions = published.Select(s => new QuestionSetsPage.Version(s.Id, s.PublishedAt, s.Questions.Count))
            .Append(new QuestionSetsPage.Version(SeedQuestionSet.Version1.Id, null, SeedQuestionSet.Version1.Questions.Count))
            .ToList();
        return UiPages.Render<QuestionSetsPage>(new
        {
            Versions = versions,
            Draft = await session.LoadAsync<QuestionSetDraft>(QuestionSetDraft.TheDraft, ct) is { } draft
                ? new QuestionSetsPage.DraftInfo(draft.SavedAt, draft.BasedOn, draft.Questions.Count)
                : null,
        });
    }

    private static async Task<IResult> SaveAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var (input, rows) = QuestionSetForm.Read(state);
        var result = await QuestionSetHandlers.SaveDraftAsync(input, http.User.AccountId(), session, clock, ct);
        if (result.Refusal is { } refusal)
        {
            state.Absorb(QuestionSetForm.ToRows(refusal, rows), texts);
            return UiPages.Render<QuestionSetDraftPage>(new { State = state }, StatusCodes.Status400BadRequest);
        }
        return UiPages.Done(http, Path, texts.Get("organisations.question-sets.draft-saved"));
    }
}
