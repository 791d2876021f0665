using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Periods;

/// <summary>
/// Staff: the program periods with the sprints each carries and has taken, opening a period and changing how
/// many sprints it carries, through the same handlers as the API (<see cref="PeriodHandlers"/>), so the same checks and reasons apply.
/// </summary>
internal static class PeriodPages
{
    public const string Path = SprintBoardPages.Path + "/zeitraeume";

    public static void MapPeriodPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, (IQuerySession session, CancellationToken ct) => RenderAsync(session, FormState.Empty(), StatusCodes.Status200OK, ct))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(Path, OpenAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{id:guid}/kapazitaet", SetCapacityAsync).RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> RenderAsync(IQuerySession session, FormState state, int status, CancellationToken ct)
    {
        var periods = await session.Query<ProgramPeriod>().ToListAsync(ct);
        return UiPages.Render<PeriodsPage>(new { Model = periods.OrderBy(p => p.StartsOn).ToList(), State = state }, status);
    }

    private static Task<IResult> OpenAsync(IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
        CancellationToken ct) =>
        StaffForms.SubmitAsync<OpenPeriodInput, ProgramPeriod>(http, form, texts, input => PeriodHandlers.OpenAsync(input, session, clock, ct), Path,
            input => texts.Get("sprints.period-opened", TextArgs.Of(("name", input.Name!.Trim()))),
            state => RenderAsync(session, state, StatusCodes.Status400BadRequest, ct));

    private static Task<IResult> SetCapacityAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
        ITexts texts, CancellationToken ct)
    {
        var input = FormBinder.Bind<CapacityInput>(FormState.From(form), texts) ?? new CapacityInput(null);
        // The handler's reasons on refusal: the field's for a bad number, the conflict's below the sprints taken.
        return StaffForms.AfterAsync(http, $"{Path}#period-{id}", texts.Get("sprints.period-capacity-set", TextArgs.Of(("capacity", input.Capacity))),
            texts,
            PeriodHandlers.SetCapacityAsync(id, input, session, clock, ct));
    }
}
