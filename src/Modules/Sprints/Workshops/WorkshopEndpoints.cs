using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Notifications;
using Kompetenzzentrum.Modules.Sprints.Phases;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Quartz;
using Decision = Kompetenzzentrum.Contracts.Application.Decision;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

internal sealed record WorkshopInput(string? Phase, string? Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, string? Link, IReadOnlyList<Guid>? Participants);

/// <summary>Staff schedule, move and cancel workshops; each change mails the participants with the calendar entry.</summary>
internal static class WorkshopEndpoints
{
    public static void MapWorkshops(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/engagements/{engagementId:guid}/workshops").RequireAuthorization(Policies.Staff);
        group.MapPost("", ScheduleAsync).WithName("ScheduleSprintWorkshop");
        group.MapPut("/{workshopId:guid}", (Guid engagementId, Guid workshopId, WorkshopInput body, Services services, CancellationToken ct) =>
        {
            var problems = new FieldProblems().When(body.Phase is not null, "phase", "Ein Workshop behält seine Phase.", "A workshop keeps its phase.");
            return Plan(body, problems) is not { } plan ? Task.FromResult(problems.ToResult())
                : RunAsync(engagementId, workshopId, services, (s, now) => WorkshopDecider.Reschedule(s, workshopId, plan, now), SprintMailTemplates.Changed, created: false, ct);
        }).WithName("RescheduleSprintWorkshop");
        group.MapPost("/{workshopId:guid}/cancel", CancelAsync).WithName("CancelSprintWorkshop");
    }

    internal static Task<IResult> ScheduleAsync(Guid engagementId, WorkshopInput body, Services services, CancellationToken ct)
    {
        var problems = new FieldProblems();
        problems.When(!PhaseOrder.TryParse(body.Phase, out var phase), "phase",
            "Eine von analysis, synthesis, ideation, transfer.", "One of analysis, synthesis, ideation, transfer.");
        var id = Ids.New(services.Clock);
        return Plan(body, problems) is not { } plan ? Task.FromResult(problems.ToResult())
            : RunAsync(engagementId, id, services, (s, now) => WorkshopDecider.Schedule(s, id, phase, plan, now), SprintMailTemplates.Invitation, created: true, ct);
    }

    internal static Task<IResult> CancelAsync(Guid engagementId, Guid workshopId, Services services, CancellationToken ct) =>
        RunAsync(engagementId, workshopId, services, (s, now) => WorkshopDecider.Cancel(s, workshopId, now), SprintMailTemplates.Cancelled, created: false, ct);

    private static WorkshopPlan? Plan(WorkshopInput body, FieldProblems problems)
    {
        problems.When(string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > 200, "title", "1 bis 200 Zeichen.", "1 to 200 characters.")
            .When(body.StartsAt is null, "startsAt", "Geben Sie den Beginn an.", "Give the start.")
            .When(body.EndsAt is null || body.EndsAt <= body.StartsAt || body.EndsAt - body.StartsAt > TimeSpan.FromHours(12), "endsAt",
                "Geben Sie ein Ende nach dem Beginn an, höchstens 12 Stunden später.", "Give an end after the start, at most 12 hours later.")
            .When(string.IsNullOrWhiteSpace(body.Place) && string.IsNullOrWhiteSpace(body.Link), "place", "Geben Sie einen Ort oder einen Link an.", "Give a place or a link.")
            .When(body.Place is { Length: > 300 }, "place", "Höchstens 300 Zeichen.", "At most 300 characters.")
            .When(body.Link is { Length: > 0 } link && (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")), "link",
                "Geben Sie einen http(s)-Link an.", "Give an http(s) link.")
            .When(body.Participants is null || body.Participants.Count == 0, "participants", "Nennen Sie die teilnehmenden Teammitglieder.", "Name the team members taking part.");
        return problems.IsEmpty
            ? new WorkshopPlan(body.Title!.Trim(), body.StartsAt!.Value, body.EndsAt!.Value, Blank(body.Place), Blank(body.Link), [.. body.Participants!.Distinct()])
            : null;
    }

    private static async Task<IResult> RunAsync(Guid engagementId, Guid workshopId, Services services, Func<Engagement, DateTimeOffset, Decision> decide, string template, bool created, CancellationToken ct)
    {
        var outcome = await EngagementCommands.RunAsync(engagementId, services.Http, services.Session, services.Clock, decide, ct);
        if (!outcome.Succeeded || outcome.State!.Workshop(workshopId) is not { } workshop)
        {
            return outcome.Result;
        }
        try
        {
            await services.Mailer.WorkshopAsync(outcome.State, workshop, template, ct);
            await WorkshopReminderJob.ScheduleAsync(services.Schedulers, outcome.State.Id, workshop, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The workshop is committed; a lost mail or reminder must not turn it into an error.
            services.Logger.LogWarning(ex, "Could not notify about workshop {WorkshopId}", workshopId);
        }
        return created ? Results.Created($"/api/sprints/engagements/{engagementId}", workshop) : Results.Ok(workshop);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>What the workshop endpoints need, bound as one parameter.</summary>
    internal sealed record Services(HttpContext Http, IDocumentSession Session, TimeProvider Clock, SprintMailer Mailer, ISchedulerFactory Schedulers, ILogger<SprintMailer> Logger)
    {
        public static ValueTask<Services?> BindAsync(HttpContext http) => ValueTask.FromResult<Services?>(new(http,
            Get<IDocumentSession>(http), Get<TimeProvider>(http), Get<SprintMailer>(http), Get<ISchedulerFactory>(http), Get<ILogger<SprintMailer>>(http)));

        private static T Get<T>(HttpContext http) where T : notnull =>
            (T)(http.RequestServices.GetService(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name + " is not registered"));
    }
}
