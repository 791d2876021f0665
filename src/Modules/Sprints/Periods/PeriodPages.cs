using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Periods;

/// <summary>
/// Staff: the program periods with the sprints each carries and has taken, opening a period and changing how
/// many sprints it carries, through the API's handlers (so the same checks and messages apply).
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

    private static Task<IResult> OpenAsync(IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        StaffForms.SubmitAsync<OpenPeriodInput>(http, form, input => PeriodEndpoints.OpenAsync(input, session, clock, ct), Path,
            input => UiText.T($"Der Zeitraum „{input.Name!.Trim()}“ ist eröffnet.", $"The period “{input.Name!.Trim()}” is open."),
            state => RenderAsync(session, state, StatusCodes.Status400BadRequest, ct));

    private static Task<IResult> SetCapacityAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var input = FormBinder.Bind<CapacityInput>(FormState.From(form)) ?? new CapacityInput(null);
        // The API's own words on refusal: the field's message for a bad number, the conflict's title below the sprints taken.
        return StaffForms.AfterAsync(http, $"{Path}#period-{id}", UiText.T($"Der Zeitraum trägt jetzt {input.Capacity} Sprints.", $"The period now carries {input.Capacity} sprints."),
            PeriodEndpoints.SetCapacityAsync(id, input, session, clock, ct));
    }
}
