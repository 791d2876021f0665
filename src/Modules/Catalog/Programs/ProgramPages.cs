using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>Programs with their KPIs against the targets (figures from research, when installed), and the form to create one.</summary>
internal static class ProgramPages
{
    public const string Path = "/backoffice/programme";

    public static void MapProgramPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, async (HttpContext http, IQuerySession session, CancellationToken ct) =>
            UiPages.Render<ProgramsPage>(new { Model = await LoadAsync(http, session, ct), State = FormState.Empty() }))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(Path, CreateAsync).RequireAuthorization(Policies.Staff);
        pages.MapProgramEditPages();
    }

    private static async Task<IResult> CreateAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        var state = FormState.From(form);
        var request = ProgramForm.Read(texts, state);
        if (!state.HasErrors)
        {
            var result = await CreateProgram.CreateAsync(request, session, clock, ct);
            if (result.Refusal is not { } refused)
            {
                return UiPages.Done(http, Path, texts.Get("catalog.programs.created"));
            }
            state.Absorb(refused, texts);
        }
        state.Summary ??= texts.Get("common.invalid");
        return UiPages.Render<ProgramsPage>(new { Model = await LoadAsync(http, session, ct), State = state }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IReadOnlyList<(ProgramSummary Program, ProgramKpiFigures? Figures)>> LoadAsync(
        HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var programs = await session.Query<ProgramSummary>().OrderByDescending(p => p.Starts).ToListAsync(ct);
        var kpis = http.RequestServices.GetService<IProgramKpis>();
        Dictionary<Guid, ProgramKpiFigures> figures = kpis is null ? [] : (await kpis.TotalsAsync(ct)).ToDictionary(f => f.ProgramId);
        return programs.Select(p => (p, figures.GetValueOrDefault(p.Id))).ToList();
    }
}
