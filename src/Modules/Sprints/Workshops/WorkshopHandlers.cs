using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Notifications;
using Kompetenzzentrum.Modules.Sprints.Phases;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>
/// Scheduling, moving and cancelling a workshop (the API and the workshops page): check the input, decide with
/// <see cref="WorkshopDecider"/> on the engagement, append, then mail the participants and plan the reminder.
/// </summary>
internal static class WorkshopHandlers
{
    /// <summary>Schedules a workshop; the new workshop.</summary>
    public static Task<Result<Workshop>> ScheduleAsync(Guid engagementId, WorkshopInput input, WorkshopServices services, CancellationToken ct)
    {
        var problems = new FieldErrors();
        if (!PhaseOrder.TryParse(input.Phase, out var phase))
        {
            problems.Add(new FieldError("phase", "sprints.phase-unknown"));
        }
        var id = Ids.New(services.Clock);
        return Plan(input, problems) is not { } plan ? Task.FromResult<Result<Workshop>>(Refusal.Invalid(problems))
            : RunAsync(engagementId, id, services, (s, now) => WorkshopDecider.Schedule(s, id, phase, plan, now), SprintMailTemplates.Invitation, ct);
    }

    /// <summary>Moves a workshop or changes its place or participants; the workshop as it is now.</summary>
    public static Task<Result<Workshop>> RescheduleAsync(Guid engagementId, Guid workshopId, WorkshopInput input, WorkshopServices services,
        CancellationToken ct)
    {
        var problems = new FieldErrors();
        if (input.Phase is not null)
        {
            problems.Add(new FieldError("phase", "sprints.workshop-keeps-phase"));
        }
        return Plan(input, problems) is not { } plan ? Task.FromResult<Result<Workshop>>(Refusal.Invalid(problems))
            : RunAsync(engagementId, workshopId, services, (s, now) => WorkshopDecider.Reschedule(s, workshopId, plan, now),
                SprintMailTemplates.Changed, ct);
    }

    /// <summary>Cancels a workshop; the cancelled workshop.</summary>
    public static Task<Result<Workshop>> CancelAsync(Guid engagementId, Guid workshopId, WorkshopServices services, CancellationToken ct) =>
        RunAsync(engagementId, workshopId, services, (s, now) => WorkshopDecider.Cancel(s, workshopId, now), SprintMailTemplates.Cancelled, ct);

    private static WorkshopPlan? Plan(WorkshopInput input, FieldErrors problems)
    {
        problems.When(string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 200, "title", "sprints.length-range",
            TextArgs.Of(("min", 1), ("max", 200)));
        problems.When(input.StartsAt is null, "startsAt", "sprints.workshop-starts-at");
        problems.When(input.EndsAt is null || input.EndsAt <= input.StartsAt || input.EndsAt - input.StartsAt > TimeSpan.FromHours(12), "endsAt",
            "sprints.workshop-ends-at");
        problems.When(string.IsNullOrWhiteSpace(input.Place) && string.IsNullOrWhiteSpace(input.Link), "place", "sprints.workshop-place-or-link");
        problems.When(input.Place is { Length: > 300 }, "place", "sprints.text-too-long", TextArgs.Of(("max", 300)));
        problems.When(input.Link is { Length: > 0 } link
            && (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")), "link", "sprints.workshop-link");
        problems.When(input.Participants is null || input.Participants.Count == 0, "participants", "sprints.workshop-participants");
        return problems.Count == 0
            ? new WorkshopPlan(input.Title!.Trim(), input.StartsAt!.Value, input.EndsAt!.Value, Blank(input.Place), Blank(input.Link),
                [.. input.Participants!.Distinct()])
            : null;
    }

    private static async Task<Result<Workshop>> RunAsync(
        Guid engagementId, Guid workshopId, WorkshopServices services, Func<Engagement, DateTimeOffset, Decision> decide, string template,
        CancellationToken ct)
    {
        var outcome = await EngagementCommands.RunAsync(engagementId, services.Http, services.Session, services.Clock, decide, ct);
        if (outcome.Refused is { } refused)
        {
            return refused;
        }
        var workshop = outcome.State!.Workshop(workshopId)!;
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
        return workshop;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
