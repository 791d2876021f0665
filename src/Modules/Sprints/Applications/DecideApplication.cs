using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Periods;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Applications;

internal sealed record AcceptInput(Guid? PeriodId, string? Reason, DateOnly? StartsOn, int? Weeks);

internal sealed record DeclineInput(string? Reason);

/// <summary>
/// Staff accept (into a period with free capacity: the period stream is locked while deciding, so two
/// acceptances cannot both take its last sprint) or decline with a reason.
/// </summary>
internal static class DecideApplication
{
    public static void MapDecideApplication(this IEndpointRouteBuilder api)
    {
        api.MapPost("/applications/{applicationId:guid}/accept", AcceptAsync).RequireAuthorization(Policies.Staff)
            .WithName("AcceptSprintApplication");
        api.MapPost("/applications/{applicationId:guid}/decline", DeclineAsync).RequireAuthorization(Policies.Staff)
            .WithName("DeclineSprintApplication");
    }

    internal static async Task<IResult> AcceptAsync(Guid applicationId, AcceptInput body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await AcceptApplicationAsync(applicationId, body, session, clock, ct))
            .ToHttpResult(engagement => Results.Created($"/api/sprints/engagements/{engagement.Id}", engagement));

    internal static async Task<IResult> DeclineAsync(Guid applicationId, DeclineInput body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await DeclineApplicationAsync(applicationId, body, session, clock, ct)).ToHttpResult(application => Results.Ok(application));

    /// <summary>Accepts the application into the period (load both streams → <see cref="ApplicationDecider"/> → append); the new
    /// engagement.</summary>
    internal static async Task<Result<Engagement>> AcceptApplicationAsync(Guid applicationId, AcceptInput body, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var max = TextArgs.Of(("max", ApplicationEndpoints.MaxText));
        var weeks = TextArgs.Of(("min", Timeline.MinWeeks), ("max", Timeline.MaxWeeks));
        List<FieldError> problems = [
            .. When(body.PeriodId is null, new FieldError("periodId", "sprints.period-required")),
            .. When(body.Reason is { Length: > ApplicationEndpoints.MaxText }, new FieldError("reason", "sprints.text-too-long", max)),
            .. When(body.StartsOn is null, new FieldError("startsOn", "sprints.starts-on-required")),
            .. When(body.Weeks is not (>= Timeline.MinWeeks and <= Timeline.MaxWeeks), new FieldError("weeks", "sprints.weeks-range", weeks)),
        ];
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems);
        }
        try
        {
            var application = await session.Events.FetchForWriting<SprintApplication>(applicationId, ct);
            if (application.Aggregate is null)
            {
                return Refusal.NotFound("sprints.application-not-found");
            }
            var period = await session.Events.FetchForExclusiveWriting<ProgramPeriod>(body.PeriodId!.Value, ct);
            if (period.Aggregate is null)
            {
                return Refusal.Invalid("periodId", "sprints.period-not-found");
            }
            var engagementId = Ids.New(clock);
            var decision = ApplicationDecider.Accept(application.Aggregate, period.Aggregate,
                new AcceptApplication(engagementId, string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim(), body.StartsOn!.Value,
                    body.Weeks!.Value), clock.GetUtcNow());
            if (decision.Refused is { } refused)
            {
                return refused;
            }
            foreach (var e in decision.Events)
            {
                switch (e)
                {
                    case ApplicationAccepted a: application.AppendOne(a); break;
                    case PeriodSprintTaken t: period.AppendOne(t); break;
                    case EngagementStarted s: session.Events.StartStream<Engagement>(s.EngagementId, s); break;
                }
            }
            await session.SaveChangesAsync(ct);
            return Engagement.Start(decision.Events.OfType<EngagementStarted>().Single());
        }
        catch (ConcurrencyException)
        {
            return Refusal.Conflict("sprints.application-decided-concurrently");
        }
    }

    /// <summary>Declines the application with the reason (load → <see cref="ApplicationDecider"/> → append); the declined application.</summary>
    internal static async Task<Result<SprintApplication>> DeclineApplicationAsync(Guid applicationId, DeclineInput body, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > ApplicationEndpoints.MaxText)
        {
            return Refusal.Invalid("reason", "sprints.decline-reason", TextArgs.Of(("max", ApplicationEndpoints.MaxText)));
        }
        try
        {
            var stream = await session.Events.FetchForWriting<SprintApplication>(applicationId, ct);
            if (stream.Aggregate is not { } application)
            {
                return Refusal.NotFound("sprints.application-not-found");
            }
            var decision = ApplicationDecider.Decline(application, body.Reason.Trim(), clock.GetUtcNow());
            if (decision.Refused is { } refused)
            {
                return refused;
            }
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            return SprintApplicationProjection.Apply((ApplicationDeclined)decision.Events[0], application);
        }
        catch (ConcurrencyException)
        {
            return Refusal.Conflict("sprints.application-decided-concurrently");
        }
    }

    private static IEnumerable<FieldError> When(bool wrong, FieldError error) => wrong ? [error] : [];
}
