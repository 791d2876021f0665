using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Applications;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.Tasks;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>
/// The SME's sprint pages: phases, tasks (mark done), the two canvases, workshops with calendar files and the
/// transfer report. They call the API's handlers and decisions.
/// </summary>
internal static class SprintPages
{
    public const string Path = "/sprint";

    public static void MapSprintPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, (HttpContext http, IQuerySession session, CancellationToken ct) => RenderAsync(http, session, null, ct))
            .RequireAuthorization(Policies.OrganisationMember);
        pages.MapGet(Path + "/{id:guid}", (Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
            RenderAsync(http, session, id, ct)).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/{id:guid}/aufgaben/{taskId:guid}/erledigt", CompleteTaskAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapGet(Path + "/{id:guid}/workshops/{workshopId:guid}/kalender.ics", WorkshopCalendarAsync)
            .RequireAuthorization(Policies.OrganisationMember);
        pages.MapCanvasPages();
    }

    private static async Task<IResult> RenderAsync(HttpContext http, IQuerySession session, Guid? id, CancellationToken ct)
    {
        var organisationId = http.User.OrganisationId() ?? Guid.Empty;
        var engagements = await session.Query<Engagement>().Where(e => e.OrganisationId == organisationId).ToListAsync(ct);
        var shown = id is { } wanted ? engagements.FirstOrDefault(e => e.Id == wanted)
            : engagements.OrderByDescending(e => e.StartsOn).FirstOrDefault();
        if (id is not null && shown is null)
        {
            return Results.NotFound();
        }
        var applications = await session.Query<SprintApplication>().Where(a => a.OrganisationId == organisationId).ToListAsync(ct);
        BusinessCanvas? asIs = null, toBe = null;
        if (shown is not null)
        {
            asIs = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(shown.Id, CanvasKinds.AsIs), ct);
            toBe = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(shown.Id, CanvasKinds.ToBe), ct);
        }
        var model = new SprintPageModel(shown, asIs, toBe, [.. engagements.Where(e => e.Id != shown?.Id).OrderByDescending(e => e.StartsOn)],
            [.. applications.OrderByDescending(a => a.AppliedAt)]);
        return UiPages.Render<SprintPage>(new { Model = model });
    }

    private static async Task<IResult> CompleteTaskAsync(
        Guid id, Guid taskId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
        CancellationToken ct)
    {
        if (await Own(session, http, id, ct) is null)
        {
            return Results.NotFound();
        }
        var outcome = await EngagementCommands.RunAsync(id, http, session, clock, (s, now) => TaskDecider.Complete(s, taskId, now), ct);
        return outcome.Succeeded
            ? UiPages.Done(http, $"{Path}/{id}#aufgaben", texts.Get("sprints.sprint.task-done"))
            : UiPages.Failed(http, $"{Path}/{id}#aufgaben", outcome.Refused?.Kind == RefusalKind.Conflict
                ? texts.Get("sprints.sprint.task-was-done")
                : texts.Get("sprints.sprint.no-such-task"));
    }

    private static async Task<IResult> WorkshopCalendarAsync(Guid id, Guid workshopId, HttpContext http, IQuerySession session, TimeProvider clock,
        CancellationToken ct)
    {
        if (await Own(session, http, id, ct) is not { } engagement || engagement.Workshop(workshopId) is not { } w)
        {
            return Results.NotFound();
        }
        var calendar = CalendarFile.Write(
            new CalendarEntry($"sprint-workshop-{w.WorkshopId:D}@kompetenzzentrum", w.Sequence, w.StartsAt, w.EndsAt, w.Title,
            w.Place ?? w.Link ?? "", w.Cancelled ? CalendarStatus.Cancelled : CalendarStatus.Confirmed, clock.GetUtcNow()), "Sprints");
        return Results.File(System.Text.Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", "workshop.ics");
    }

    /// <summary>The engagement when it belongs to the user's organisation (else null: answer 404).</summary>
    internal static async Task<Engagement?> Own(IQuerySession session, HttpContext http, Guid id, CancellationToken ct) =>
        await session.LoadAsync<Engagement>(id, ct) is { } e && http.User.OrganisationId() == e.OrganisationId ? e : null;
}
