using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
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
        api.MapPost("/introductions", ProposeIntroductionEndpoint.Handle).RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("ProposeIntroduction");
        api.MapGet("/introductions/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<Introduction>(id, ct) is { } i ? Results.Ok(i) : Results.NotFound()).RequireAuthorization(Policies.Staff)
                .WithName("GetIntroduction");
        api.MapPost("/introductions/{id:guid}/withdraw", (Guid id, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Decide(id, null, session, i => IntroductionDecider.Withdraw(i, clock.GetUtcNow()), ct)).RequireAuthorization(Policies.Staff)
                .WithName("WithdrawIntroduction");

        var side = api.MapGroup("/organisations/{organisationId:guid}/introductions").RequireOrganisationAccess();
        side.MapGet("", List).WithName("ListIntroductions");
        side.MapGet("/{id:guid}", async (Guid organisationId, Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<Introduction>(id, ct) is { } i && i.IsParty(organisationId)
                ? Results.Ok(await IntroductionHandlers.ViewAsync(i, organisationId, session, ct))
                : Results.NotFound()).WithName("GetOwnIntroduction");
        side.MapPost("/{id:guid}/accept", (Guid organisationId, Guid id, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Decide(id, organisationId, session, i => IntroductionDecider.Accept(i, organisationId, clock.GetUtcNow()), ct))
                .WithName("AcceptIntroduction");
        side.MapPost("/{id:guid}/decline",
            (Guid organisationId, Guid id, DeclineIntroduction body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Decide(id, organisationId, session, i => IntroductionDecider.Decline(i, organisationId, body.Reason?.Trim(), clock.GetUtcNow()), ct))
                .WithName("DeclineIntroduction");
        side.MapPost("/{id:guid}/meeting",
            (Guid organisationId, Guid id, RecordMeeting body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            body.HeldOn is not { } heldOn
                ? Task.FromResult(Refusal.Invalid("heldOn", "networking.meeting-date-required").ToHttpResult())
                : Decide(id, organisationId, session, i => IntroductionDecider.RecordMeeting(i, organisationId, heldOn, clock.GetUtcNow()), ct))
                    .WithName("RecordIntroductionMeeting");
        side.MapPost("/{id:guid}/outcome", RecordOutcome).WithName("RecordIntroductionOutcome");
    }

    private static async Task<IResult> List(Guid organisationId, IQuerySession session, CancellationToken ct) =>
        Results.Ok(await IntroductionHandlers.ListAsync(organisationId, session, ct));

    private static Task<IResult> RecordOutcome(Guid organisationId, Guid id, RecordOutcome body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (body.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            errors.Add(new FieldError("outcome", "networking.outcome-required"));
        }
        if (body.Outcome == IntroductionOutcome.NoFit && string.IsNullOrWhiteSpace(body.Reason))
        {
            errors.Add(new FieldError("reason", "networking.no-fit-reason-required"));
        }
        return errors.Count == 0
            ? Decide(id, organisationId, session, i =>
                IntroductionDecider.RecordOutcome(i, organisationId, body.Outcome!.Value, body.Reason?.Trim(), clock.GetUtcNow()), ct)
            : Task.FromResult(Refusal.Invalid(errors).ToHttpResult());
    }

    // A side sees its own view of the introduction, staff the whole record.
    private static async Task<IResult> Decide(Guid id, Guid? side, IDocumentSession session, Func<Introduction, Decision> decide,
        CancellationToken ct)
    {
        var result = await IntroductionHandlers.DecideAsync(id, side, session, decide, ct);
        if (result.Refusal is { } refusal)
        {
            return refusal.ToHttpResult();
        }
        return side is { } viewer ? Results.Ok(await IntroductionHandlers.ViewAsync(result.Value, viewer, session, ct)) : Results.Ok(result.Value);
    }
}
