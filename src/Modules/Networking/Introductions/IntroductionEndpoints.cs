using JasperFx;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>
/// Introductions with double opt-in. Staff routes live under <c>/introductions</c>; a side acts under
/// <c>/organisations/{organisationId}/introductions</c>, the scope an authorisation policy will tie to the
/// caller's organisation.
/// </summary>
internal static class IntroductionEndpoints
{
    public static void MapIntroductions(this IEndpointRouteBuilder api)
    {
        api.MapPost("/introductions", ProposeIntroductionEndpoint.Handle).RequireAuthorization(Policies.ParticipantOrStaff).WithName("ProposeIntroduction");
        api.MapGet("/introductions/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<Introduction>(id, ct) is { } i ? Results.Ok(i) : Results.NotFound()).RequireAuthorization(Policies.Staff).WithName("GetIntroduction");
        api.MapPost("/introductions/{id:guid}/withdraw", (Guid id, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Decide(id, null, session, i => IntroductionDecisions.Withdraw(i, clock.GetUtcNow()), ct)).RequireAuthorization(Policies.Staff).WithName("WithdrawIntroduction");

        var side = api.MapGroup("/organisations/{organisationId:guid}/introductions").RequireOrganisationAccess();
        side.MapGet("", List).WithName("ListIntroductions");
        side.MapGet("/{id:guid}", async (Guid organisationId, Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<Introduction>(id, ct) is { } i && i.IsParty(organisationId)
                ? Results.Ok(await ViewAsync(i, organisationId, session, ct))
                : Results.NotFound()).WithName("GetOwnIntroduction");
        side.MapPost("/{id:guid}/accept", (Guid organisationId, Guid id, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Decide(id, organisationId, session, i => IntroductionDecisions.Accept(i, organisationId, clock.GetUtcNow()), ct)).WithName("AcceptIntroduction");
        side.MapPost("/{id:guid}/decline", (Guid organisationId, Guid id, DeclineIntroduction body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Decide(id, organisationId, session, i => IntroductionDecisions.Decline(i, organisationId, body.Reason?.Trim(), clock.GetUtcNow()), ct)).WithName("DeclineIntroduction");
        side.MapPost("/{id:guid}/meeting", (Guid organisationId, Guid id, RecordMeeting body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            body.HeldOn is not { } heldOn
                ? Task.FromResult(new FieldProblems().Add("heldOn", "Das Datum des Treffens fehlt.", "The date of the meeting is required.").ToResult())
                : Decide(id, organisationId, session, i => IntroductionDecisions.RecordMeeting(i, organisationId, heldOn, clock.GetUtcNow()), ct)).WithName("RecordIntroductionMeeting");
        side.MapPost("/{id:guid}/outcome", RecordOutcome).WithName("RecordIntroductionOutcome");
    }

    internal static async Task<IResult> List(Guid organisationId, IQuerySession session, CancellationToken ct)
    {
        var own = await session.Query<Introduction>()
            .Where(i => i.SmeId == organisationId || i.StartupId == organisationId)
            .OrderByDescending(i => i.ProposedAt)
            .ToListAsync(ct);
        var views = new List<IntroductionView>(own.Count);
        foreach (var introduction in own)
        {
            views.Add(await ViewAsync(introduction, organisationId, session, ct));
        }
        return Results.Ok(views);
    }

    private static Task<IResult> RecordOutcome(Guid organisationId, Guid id, RecordOutcome body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(body.Outcome is not { } outcome || !Enum.IsDefined(outcome), "outcome", "Bitte wählen Sie das Ergebnis.", "Outcome must be Cooperation, Pilot or NoFit.")
            .When(body.Outcome == IntroductionOutcome.NoFit && string.IsNullOrWhiteSpace(body.Reason), "reason", "Sagen Sie, warum es nicht gepasst hat.", "Say why it did not fit.");
        return problems.IsEmpty
            ? Decide(id, organisationId, session, i => IntroductionDecisions.RecordOutcome(i, organisationId, body.Outcome!.Value, body.Reason?.Trim(), clock.GetUtcNow()), ct)
            : Task.FromResult(problems.ToResult());
    }

    // Loads with optimistic concurrency, asks the pure decision, appends what it decided.
    internal static async Task<IResult> Decide(Guid id, Guid? side, IDocumentSession session, Func<Introduction, Decision> decide, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Introduction>(id, ct);
        if (stream.Aggregate is not { } state || (side is { } s && !state.IsParty(s)))
        {
            return Results.NotFound();
        }
        var decision = decide(state);
        if (decision.Conflict is { } conflict)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict);
        }
        if (decision.Events.Count > 0)
        {
            stream.AppendMany(decision.Events);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (ConcurrencyException)
            {
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The introduction changed meanwhile; try again.");
            }
        }
        var updated = (await session.LoadAsync<Introduction>(id, ct))!;
        return side is { } viewer ? Results.Ok(await ViewAsync(updated, viewer, session, ct)) : Results.Ok(updated);
    }

    internal static async Task<IntroductionView> ViewAsync(Introduction introduction, Guid viewer, IQuerySession session, CancellationToken ct)
    {
        var other = introduction.OtherSide(viewer);
        var (name, contact) = other == introduction.StartupId
            ? await session.LoadAsync<StartupProfile>(other, ct) is { } startup ? (startup.Details.Name, startup.Details.Contact) : ("", null)
            : await session.LoadAsync<SmeProfile>(other, ct) is { } sme ? (sme.Details.Name, sme.Details.Contact) : ("", (ContactPerson?)null);
        return IntroductionView.For(introduction, viewer, name, contact);
    }
}
