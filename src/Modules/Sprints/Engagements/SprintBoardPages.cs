using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Applications;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.FollowUp;
using Kompetenzzentrum.Modules.Sprints.Periods;
using Kompetenzzentrum.Modules.Sprints.Phases;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>
/// Staff: the sprint board (engagements by phase), completing a phase (the decider's refusal said plainly),
/// and the open applications to accept into a period or decline.
/// </summary>
internal static class SprintBoardPages
{
    public const string Path = "/backoffice/sprints";

    public static void MapSprintBoardPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, RenderAsync).RequireAuthorization(Policies.Staff);
        pages.MapGet(Path + "/bewerbungen/{id:guid}", (Guid id, HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            RenderApplicationAsync(http, session, clock, id, FormState.Empty(), StatusCodes.Status200OK, ct)).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{id:guid}/phasen/{phase}/abschliessen", CompleteAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/bewerbungen/{id:guid}/annehmen", AcceptAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/bewerbungen/{id:guid}/ablehnen", DeclineAsync).RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> RenderAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var engagements = await session.Query<Engagement>().ToListAsync(ct);
        var ids = engagements.Select(e => CanvasKinds.StreamId(e.Id, CanvasKinds.AsIs)).ToArray();
        var withAsIs = (await session.Query<BusinessCanvas>().Where(c => c.Id.In(ids)).ToListAsync(ct)).Select(c => c.EngagementId).ToHashSet();
        var applications = await session.Query<SprintApplication>().Where(a => a.Status == ApplicationStatus.Submitted).ToListAsync(ct);
        var names = new Dictionary<Guid, string>();
        foreach (var organisationId in engagements.Select(e => e.OrganisationId).Concat(applications.Select(a => a.OrganisationId)).Distinct())
        {
            names[organisationId] = await StaffForms.ContactAsync(http, organisationId, ct);
        }
        var model = new BoardModel(
            [.. engagements.OrderBy(e => e.StartsOn).Select(e => new BoardCard(e, names[e.OrganisationId], withAsIs.Contains(e.Id)))],
            [.. applications.OrderBy(a => a.AppliedAt).Select(a => new BoardApplication(a, names[a.OrganisationId]))]);
        return UiPages.Render<SprintBoardPage>(new { Model = model });
    }

    private static async Task<IResult> RenderApplicationAsync(HttpContext http, IQuerySession session, TimeProvider clock, Guid id, FormState state,
        int status, CancellationToken ct)
    {
        if (await session.LoadAsync<SprintApplication>(id, ct) is not { } application)
        {
            return Results.NotFound();
        }
        var contacts = http.RequestServices.GetService<IOrganisationContacts>();
        var found = contacts is null ? [] : await contacts.FindAsync(application.OrganisationId, ct);
        var periods = await session.Query<ProgramPeriod>().ToListAsync(ct);
        if (state.Value("startsOn") is null)
        {
            state.With("startsOn", Tasks.TaskDecider.Today(clock.GetUtcNow()).AddDays(14)
                .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).With("weeks", "8");
        }
        var model = new ApplicationPageModel(new BoardApplication(application, string.Join(", ", found.Select(c => c.Email))),
            [.. periods.OrderBy(p => p.StartsOn)]);
        return UiPages.Render<SprintApplicationPage>(new { Model = model, State = state }, status);
    }

    private static async Task<IResult> CompleteAsync(
        Guid id, string phase, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, FollowUpDelay delay,
        ISchedulerFactory schedulers, ILogger<FollowUpJob> logger, ITexts texts, CancellationToken ct)
    {
        if (!PhaseOrder.TryParse(phase, out var parsed))
        {
            return Results.NotFound();
        }
        var outcome = await PhaseEndpoints.CompletePhaseAsync(id, phase, http, session, clock, delay, schedulers, logger, ct);
        if (outcome.Succeeded)
        {
            var next = PhaseOrder.Next(parsed);
            return UiPages.Done(http, $"{Path}#sprint-{id}", next is { } n
                ? texts.Get("sprints.board.phase-completed", TextArgs.Of(("phase", SprintWords.Phase(parsed)), ("next", SprintWords.Phase(n))))
                : texts.Get("sprints.board.transfer-completed"));
        }
        // The decider's refusal comes in the page's language (phases and missing results by name).
        return UiPages.Failed(http, $"{Path}#sprint-{id}", outcome.Refusal is { Kind: not RefusalKind.NotFound } refusal
            ? texts.Reason(refusal)
            : texts.Get("sprints.board.failed"));
    }

    private static async Task<IResult> AcceptAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
        ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var input = FormBinder.Bind<AcceptInput>(state, texts);
        if (input is not null)
        {
            var outcome = await DecideApplication.AcceptApplicationAsync(id,
                input with { Reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason }, session, clock, ct);
            if (outcome.Refusal is not { } refusal)
            {
                return UiPages.Done(http, Path, texts.Get("sprints.board.application-accepted"));
            }
            if (refusal.Kind == RefusalKind.NotFound)
            {
                return Results.NotFound();
            }
            state.Absorb(refusal, texts);
            if (refusal.Kind == RefusalKind.Conflict)
            {
                state.Summary = refusal.Code == "sprints.period-full"
                    ? texts.Get("sprints.board.period-full")
                    : texts.Get("sprints.board.application-not-fitting") + texts.Reason(refusal);
            }
        }
        state.Summary ??= texts.Get("common.invalid");
        return await RenderApplicationAsync(http, session, clock, id, state, state.Errors.Count > 0 ? 400 : 409, ct);
    }

    private static async Task<IResult> DeclineAsync(
        Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var outcome = await DecideApplication.DeclineApplicationAsync(id, new DeclineInput(form["reason"].ToString()), session, clock, ct);
        return outcome.Succeeded
            ? UiPages.Done(http, Path, texts.Get("sprints.board.application-declined"))
            : UiPages.Failed(http, $"{Path}/bewerbungen/{id}", outcome.Refusal!.Kind == RefusalKind.Invalid
                ? texts.Get("sprints.board.decline-reason-required")
                : texts.Get("sprints.board.application-already-decided"));
    }
}
