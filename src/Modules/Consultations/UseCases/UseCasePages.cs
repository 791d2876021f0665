using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Outcomes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.UseCases;

/// <summary>
/// The back office's use-case library, linked from the consultation calendar: the list, a new entry and one entry as a plain
/// form (<see cref="UseCaseForm"/>), saved through the API's handler <see cref="UseCaseChanges"/>. A refusal shows the form again.
/// </summary>
internal static class UseCasePages
{
    public const string Path = StaffConsultationPages.Path + "/anwendungsfaelle";

    public const string NewPath = Path + "/neu";

    public static string Of(Guid id) => $"{Path}/{id}";

    public static void MapUseCasePages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, async (UseCaseChanges useCases, CancellationToken ct) =>
            UiPages.Render<UseCasesPage>(new { UseCases = (object)await useCases.ListAsync(ct) })).RequireAuthorization(Policies.Staff);
        pages.MapGet(NewPath, () => UiPages.Render<UseCaseEditorPage>(new { Id = (Guid?)null, State = UseCaseForm.From(null) }))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(NewPath, (IFormCollection form, HttpContext http, UseCaseChanges useCases, ITexts texts, CancellationToken ct) =>
            SaveAsync(null, form, http, useCases, texts, ct)).RequireAuthorization(Policies.Staff);
        pages.MapGet(Path + "/{id:guid}", async (Guid id, UseCaseChanges useCases, HttpContext http, ITexts texts, CancellationToken ct) =>
            await useCases.FindAsync(id, ct) is { } useCase
                ? UiPages.Render<UseCaseEditorPage>(new { Id = (Guid?)id, State = UseCaseForm.From(useCase) })
                : UiPages.Failed(http, Path, texts.Get("consultations.use-case.not-found"))).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{id:guid}", (Guid id, IFormCollection form, HttpContext http, UseCaseChanges useCases, ITexts texts,
            CancellationToken ct) => SaveAsync(id, form, http, useCases, texts, ct)).RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> SaveAsync(
        Guid? id, IFormCollection form, HttpContext http, UseCaseChanges useCases, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var problems = new FieldErrors();
        var input = UseCaseForm.Read(state, problems);
        Result<ConsultationUseCase> result = problems.Count > 0 ? Refusal.Invalid(problems)
            : id is { } known ? await useCases.ChangeAsync(known, input, ct) : await useCases.AddAsync(input, ct);
        if (result.Refusal is not { } refusal)
        {
            return UiPages.Done(http, Path, texts.Get("consultations.use-cases.saved"));
        }
        state.Absorb(refusal, texts);
        return UiPages.Render<UseCaseEditorPage>(new { Id = id, State = state }, RefusalResults.StatusOf(refusal.Kind));
    }
}
