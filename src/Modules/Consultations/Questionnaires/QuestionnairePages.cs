using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Outcomes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>
/// The back office's questionnaire pages, linked from the consultation calendar: the current version with the list of all
/// versions, one version read-only, and the editor of the next version as a plain form (<see cref="QuestionnaireForm"/>; its
/// "add a row" buttons post the form back with one more row), published through the API's handler <see cref="QuestionnaireVersions"/>.
/// A refusal shows the form again with each error next to its field.
/// </summary>
internal static class QuestionnairePages
{
    public const string Path = StaffConsultationPages.Path + "/fragebogen";

    public const string DraftPath = Path + "/entwurf";

    public static string Of(int version) => $"{Path}/{version.ToString(CultureInfo.InvariantCulture)}";

    public static void MapQuestionnairePages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, async (QuestionnaireVersions versions, CancellationToken ct) =>
            UiPages.Render<QuestionnairePage>(new { Questionnaire = await versions.LoadAsync(ct) })).RequireAuthorization(Policies.Staff);
        pages.MapGet(Path + "/{version:int}", async (int version, HttpContext http, QuestionnaireVersions versions, ITexts texts,
                CancellationToken ct) => (await versions.FindAsync(version, ct)).Match(
                found => UiPages.Render<QuestionnaireVersionPage>(new { Version = found }),
                refusal => UiPages.Failed(http, Path, texts.Reason(refusal))))
            .RequireAuthorization(Policies.Staff);
        pages.MapGet(DraftPath, async (QuestionnaireVersions versions, CancellationToken ct) =>
            UiPages.Render<QuestionnaireEditorPage>(new { State = QuestionnaireForm.From(await versions.CurrentAsync(ct)) }))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(DraftPath, PostAsync).RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> PostAsync(
        IFormCollection form, HttpContext http, QuestionnaireVersions versions, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        // "Add a row" buttons: the same form again, one row longer; nothing is published.
        if (state.Value("addQuestion") is not null || state.Value("addChoice") is not null)
        {
            var choiceOf = int.TryParse(state.Value("addChoice"), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : (int?)null;
            return UiPages.Render<QuestionnaireEditorPage>(new { State = QuestionnaireForm.AddRow(state, choiceOf) });
        }
        var (questions, rows) = QuestionnaireForm.Read(state);
        var result = await versions.PublishAsync(questions, QuestionnaireForm.BasedOn(state), ct);
        if (result.Refusal is not { } refusal)
        {
            return UiPages.Done(http, Path,
                texts.Get("consultations.questionnaire-admin.published-done", TextArgs.Of(("version", result.Value.Version))));
        }
        state.Absorb(QuestionnaireForm.ToRows(refusal, rows), texts);
        return UiPages.Render<QuestionnaireEditorPage>(new { State = state }, RefusalResults.StatusOf(refusal.Kind));
    }
}
