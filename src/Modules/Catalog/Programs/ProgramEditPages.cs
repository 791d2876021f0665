using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>One program's page for staff: correct it with the create form's fields, or close it. Over <see cref="ChangeProgram"/>.</summary>
internal static class ProgramEditPages
{
    public static string Of(Guid id) => $"{ProgramPages.Path}/{id}";

    public static string CloseOf(Guid id) => $"{ProgramPages.Path}/{id}/abschliessen";

    public static void MapProgramEditPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(ProgramPages.Path + "/{id:guid}", ShowAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(ProgramPages.Path + "/{id:guid}", ChangeAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(ProgramPages.Path + "/{id:guid}/abschliessen", CloseAsync).RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> ShowAsync(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<ProgramSummary>(id, ct) is { } program
            ? UiPages.Render<ProgramEditPage>(new { Model = program, State = ProgramForm.Of(program) })
            : Results.NotFound();

    private static async Task<IResult> ChangeAsync(
        Guid id, IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = ProgramForm.Read(texts, state);
        if (!state.HasErrors)
        {
            var result = await ChangeProgram.ChangeAsync(id, request, session, ct);
            if (result.Refusal is not { } refused)
            {
                return UiPages.Done(http, ProgramPages.Path, texts.Get("catalog.programs.changed"));
            }
            if (refused.Kind is not RefusalKind.Invalid)
            {
                return UiPages.Failed(http, ProgramPages.Path, texts.Reason(refused));
            }
            state.Absorb(refused, texts);
        }
        state.Summary ??= texts.Get("common.invalid");
        return await session.LoadAsync<ProgramSummary>(id, ct) is { } program
            ? UiPages.Render<ProgramEditPage>(new { Model = program, State = state }, StatusCodes.Status400BadRequest)
            : Results.NotFound();
    }

    private static async Task<IResult> CloseAsync(
        Guid id, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct) =>
        (await ChangeProgram.CloseAsync(id, session, clock, ct)).Refusal is { } refused
            ? UiPages.Failed(http, ProgramPages.Path, texts.Reason(refused))
            : UiPages.Done(http, ProgramPages.Path, texts.Get("catalog.programs.closed-done"));
}
