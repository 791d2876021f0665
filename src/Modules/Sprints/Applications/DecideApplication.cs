using JasperFx;
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
        api.MapPost("/applications/{applicationId:guid}/accept", AcceptAsync).RequireAuthorization(Policies.Staff).WithName("AcceptSprintApplication");
        api.MapPost("/applications/{applicationId:guid}/decline", DeclineAsync).RequireAuthorization(Policies.Staff).WithName("DeclineSprintApplication");
    }

    internal static async Task<IResult> AcceptAsync(Guid applicationId, AcceptInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(body.PeriodId is null, "periodId", "Wählen Sie den Förderzeitraum, auf den der Sprint zählt.", "Name the program period the sprint counts against.")
            .When(body.Reason is { Length: > ApplicationEndpoints.MaxText }, "reason", $"Höchstens {ApplicationEndpoints.MaxText} Zeichen.", $"At most {ApplicationEndpoints.MaxText} characters.")
            .When(body.StartsOn is null, "startsOn", "Geben Sie den ersten Tag des Sprints an.", "Give the first day of the sprint.")
            .When(body.Weeks is not (>= Timeline.MinWeeks and <= Timeline.MaxWeeks), "weeks", $"Ein Sprint dauert {Timeline.MinWeeks} bis {Timeline.MaxWeeks} Wochen.", $"A sprint lasts {Timeline.MinWeeks} to {Timeline.MaxWeeks} weeks.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        try
        {
            var application = await session.Events.FetchForWriting<SprintApplication>(applicationId, ct);
            if (application.Aggregate is null)
            {
                return Results.NotFound();
            }
            var period = await session.Events.FetchForExclusiveWriting<ProgramPeriod>(body.PeriodId!.Value, ct);
            if (period.Aggregate is null)
            {
                return Answers.Invalid("periodId", "Diesen Förderzeitraum gibt es nicht.", "No program period has this id.");
            }
            var engagementId = Ids.New(clock);
            var decision = ApplicationDecider.Accept(application.Aggregate, period.Aggregate,
                new AcceptApplication(engagementId, string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim(), body.StartsOn!.Value, body.Weeks!.Value), clock.GetUtcNow());
            if (decision.Refused is { } refused)
            {
                return refused.ToHttpResult();
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
            var started = decision.Events.OfType<EngagementStarted>().Single();
            return Results.Created($"/api/sprints/engagements/{engagementId}", Engagement.Start(started));
        }
        catch (ConcurrencyException)
        {
            return Answers.Conflict("Über die Bewerbung wurde gleichzeitig entschieden.", "The application was decided at the same time.");
        }
    }

    internal static async Task<IResult> DeclineAsync(Guid applicationId, DeclineInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > ApplicationEndpoints.MaxText)
        {
            return new FieldProblems().Add("reason", $"Sagen Sie, warum (höchstens {ApplicationEndpoints.MaxText} Zeichen).", $"Say why, at most {ApplicationEndpoints.MaxText} characters.").ToResult();
        }
        try
        {
            var stream = await session.Events.FetchForWriting<SprintApplication>(applicationId, ct);
            if (stream.Aggregate is not { } application)
            {
                return Results.NotFound();
            }
            var decision = ApplicationDecider.Decline(application, body.Reason.Trim(), clock.GetUtcNow());
            if (decision.Refused is { } refused)
            {
                return refused.ToHttpResult();
            }
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            return Results.Ok(SprintApplicationProjection.Apply((ApplicationDeclined)decision.Events[0], application));
        }
        catch (ConcurrencyException)
        {
            return Answers.Conflict("Über die Bewerbung wurde gleichzeitig entschieden.", "The application was decided at the same time.");
        }
    }
}
