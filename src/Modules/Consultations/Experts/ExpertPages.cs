using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Experts;

/// <summary>
/// The back office's expert pages, linked from the consultation calendar: the list, and one expert's profile as a plain form
/// (<see cref="ExpertForm"/>), saved through the API's handler <see cref="ExpertProfiles"/>. A refusal shows the form again.
/// </summary>
internal static class ExpertPages
{
    public const string Path = "/backoffice/beratung/experten";

    public static string Of(Guid accountId) => $"{Path}/{accountId}";

    public static void MapExpertPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, async (ExpertProfiles experts, CancellationToken ct) =>
            UiPages.Render<ExpertsPage>(new { Experts = (object)await experts.ListAsync(ct) })).RequireAuthorization(Policies.Staff);
        // A new expert: the account id typed into the list's small GET form leads to the (empty) profile.
        pages.MapGet(Path + "/neu", (string? accountId, HttpContext http, ITexts texts) => Guid.TryParse(accountId?.Trim(), out var id)
            ? Results.Redirect(Of(id))
            : UiPages.Failed(http, Path, texts.Get("consultations.experts.account-id"))).RequireAuthorization(Policies.Staff);
        pages.MapGet(Path + "/{accountId:guid}", async (Guid accountId, ExpertProfiles experts, CancellationToken ct) =>
        {
            var expert = await experts.FindAsync(accountId, ct);
            return UiPages.Render<ExpertEditorPage>(new { AccountId = accountId, IsNew = expert is null, State = ExpertForm.From(expert) });
        }).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{accountId:guid}", SaveAsync).RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> SaveAsync(
        Guid accountId, IFormCollection form, HttpContext http, ExpertProfiles experts, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var problems = new FieldErrors();
        var input = ExpertForm.Read(state, problems);
        Result<ConsultationExpert> result = problems.Count > 0 ? Refusal.Invalid(problems) : await experts.SaveAsync(accountId, input, ct);
        if (result.Refusal is not { } refusal)
        {
            return UiPages.Done(http, Path, texts.Get("consultations.experts.saved"));
        }
        state.Absorb(refusal, texts);
        var isNew = await experts.FindAsync(accountId, ct) is null;
        return UiPages.Render<ExpertEditorPage>(new { AccountId = accountId, IsNew = isNew, State = state }, RefusalResults.StatusOf(refusal.Kind));
    }
}
