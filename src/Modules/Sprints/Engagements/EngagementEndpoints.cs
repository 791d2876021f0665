using System.Net.Mail;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

internal sealed record TeamMemberInput(string? Side, string? Name, string? Email, Guid? AccountId);

internal sealed record TimelineInput(DateOnly? StartsOn, int? Weeks);

/// <summary>Reading engagements; staff manage the team and the timeline.</summary>
internal static class EngagementEndpoints
{
    public static void MapEngagements(this IEndpointRouteBuilder api)
    {
        api.MapGet("/engagements", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok(await session.Query<Engagement>().OrderBy(e => e.StartsOn).ToListAsync(ct))).RequireAuthorization(Policies.Staff)
                .WithName("ListSprintEngagements");
        api.MapGet("/organisations/{organisationId:guid}/engagements", async (Guid organisationId, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<Engagement>().Where(e => e.OrganisationId == organisationId).OrderBy(e => e.StartsOn).ToListAsync(ct)))
            .RequireOrganisationAccess().WithName("ListOwnSprintEngagements");
        api.MapGet("/engagements/{engagementId:guid}", async (Guid engagementId, HttpContext http, IQuerySession session, CancellationToken ct) =>
                await EngagementCommands.FindAsync(session, http, engagementId, ct) is { } e ? Results.Ok(e) : Results.NotFound())
            .RequireAuthorization(Policies.ParticipantOrStaff).WithName("GetSprintEngagement");
        api.MapPost("/engagements/{engagementId:guid}/team", AddMemberAsync).RequireAuthorization(Policies.Staff).WithName("AddSprintTeamMember");
        api.MapDelete("/engagements/{engagementId:guid}/team/{memberId:guid}", RemoveMemberAsync).RequireAuthorization(Policies.Staff)
            .WithName("RemoveSprintTeamMember");
        api.MapPut("/engagements/{engagementId:guid}/timeline", PlanAsync).RequireAuthorization(Policies.Staff).WithName("PlanSprintTimeline");
    }

    internal static async Task<IResult> RemoveMemberAsync(Guid engagementId, Guid memberId, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        (await RemoveTeamMemberAsync(engagementId, memberId, http, session, clock, ct)).ToHttpResult(e => Results.Ok(e));

    internal static async Task<IResult> AddMemberAsync(Guid engagementId, TeamMemberInput body, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        (await AddTeamMemberAsync(engagementId, body, http, session, clock, ct))
            .ToHttpResult(member => Results.Created($"/api/sprints/engagements/{engagementId}", member));

    internal static async Task<IResult> PlanAsync(Guid engagementId, TimelineInput body, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        (await PlanTimelineAsync(engagementId, body, http, session, clock, ct)).ToHttpResult(e => Results.Ok(e));

    /// <summary>Removes a person from the team (<see cref="EngagementDecider.RemoveMember"/>); the engagement as it is now.</summary>
    internal static async Task<Result<Engagement>> RemoveTeamMemberAsync(Guid engagementId, Guid memberId, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        (await EngagementCommands.RunAsync(engagementId, http, session, clock, (s, now) => EngagementDecider.RemoveMember(s, memberId, now),
            ct)).Answer;

    /// <summary>Adds a person to the team (<see cref="EngagementDecider.AddMember"/>); the new member.</summary>
    internal static async Task<Result<TeamMember>> AddTeamMemberAsync(Guid engagementId, TeamMemberInput body, HttpContext http,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var email = body.Email?.Trim().ToLowerInvariant();
        List<FieldError> problems = [
            .. Field(body.Side is not (TeamSides.Staff or TeamSides.Sme), "side", "sprints.team-side"),
            .. Field(string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200, "name", "sprints.team-name"),
            .. Field(email is not null && !IsEmail(email), "email", "sprints.team-email-invalid"),
        ];
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems);
        }
        var memberId = Ids.New(clock);
        var outcome = await EngagementCommands.RunAsync(engagementId, http, session, clock, (s, now) =>
            EngagementDecider.AddMember(s, new AddTeamMember(memberId, body.Side!, body.Name!.Trim(), email, body.AccountId), now), ct);
        return outcome.Refused is { } refused ? refused : outcome.State!.Member(memberId)!;
    }

    /// <summary>Moves the start or changes the length (<see cref="EngagementDecider.Plan"/>); the engagement as it is now.</summary>
    internal static async Task<Result<Engagement>> PlanTimelineAsync(Guid engagementId, TimelineInput body, HttpContext http,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        List<FieldError> problems = [
            .. Field(body.StartsOn is null, "startsOn", "sprints.starts-on-required"),
            .. Field(body.Weeks is not (>= Timeline.MinWeeks and <= Timeline.MaxWeeks), "weeks", "sprints.weeks-range",
                TextArgs.Of(("min", Timeline.MinWeeks), ("max", Timeline.MaxWeeks))),
        ];
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems);
        }
        return (await EngagementCommands.RunAsync(engagementId, http, session, clock,
            (s, now) => EngagementDecider.Plan(s, body.StartsOn!.Value, body.Weeks!.Value, now), ct)).Answer;
    }

    /// <summary>The field error when <paramref name="wrong"/>, else none.</summary>
    internal static IEnumerable<FieldError> Field(bool wrong, string field, string code, TextArgs? args = null) =>
        wrong ? [new FieldError(field, code, args ?? TextArgs.None)] : [];

    public static bool IsEmail(string email) =>
        email.Length <= 254 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email
            && parsed.Host.Contains('.', StringComparison.Ordinal);
}
