using System.Globalization;
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
    }

    private static async Task<IResult> CreateAsync(IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = new CreateProgram.Request(
            state.Value("name"), Day(state, "starts"), Day(state, "ends"), state.Value("responsibleStaff"),
            new CreateProgram.TargetsRequest(Number(state, "targets.organisationsReached"), Number(state, "targets.participations"), Number(state, "targets.satisfaction")));
        if (!state.HasErrors)
        {
            var result = await CreateProgram.CreateAsync(request, session, clock, ct);
            if (result.Refusal is not { } refused)
            {
                return UiPages.Done(http, Path, UiText.T("Das Programm ist angelegt.", "The program is created."));
            }
            state.Absorb(refused, http.RequestServices.GetRequiredService<ITexts>());
        }
        state.Summary ??= UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields.");
        return UiPages.Render<ProgramsPage>(new { Model = await LoadAsync(http, session, ct), State = state }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IReadOnlyList<(ProgramSummary Program, ProgramKpiFigures? Figures)>> LoadAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var programs = await session.Query<ProgramSummary>().OrderByDescending(p => p.Starts).ToListAsync(ct);
        var kpis = http.RequestServices.GetService<IProgramKpis>();
        Dictionary<Guid, ProgramKpiFigures> figures = kpis is null ? [] : (await kpis.TotalsAsync(ct)).ToDictionary(f => f.ProgramId);
        return programs.Select(p => (p, figures.GetValueOrDefault(p.Id))).ToList();
    }

    private static DateOnly? Day(FormState state, string name)
    {
        var raw = state.Value(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (DateOnly.TryParse(raw.Trim(), CultureInfo.InvariantCulture, out var day))
        {
            return day;
        }
        state.AddError(name, UiText.T("Bitte ein Datum eingeben.", "Please enter a date."));
        return null;
    }

    // Empty counts as 0, as a JSON body without the target would; the API checks the ranges.
    private static int Number(FormState state, string name)
    {
        var raw = state.Value(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return 0;
        }
        if (int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        state.AddError(name, UiText.T("Bitte eine ganze Zahl eingeben.", "Please enter a whole number."));
        return 0;
    }
}
