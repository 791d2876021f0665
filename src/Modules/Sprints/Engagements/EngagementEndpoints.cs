using System.Net.Mail;
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
            Results.Ok(await session.Query<Engagement>().OrderBy(e => e.StartsOn).ToListAsync(ct))).RequireAuthorization(Policies.Staff).WithName("ListSprintEngagements");
        api.MapGet("/organisations/{organisationId:guid}/engagements", async (Guid organisationId, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<Engagement>().Where(e => e.OrganisationId == organisationId).OrderBy(e => e.StartsOn).ToListAsync(ct)))
            .RequireOrganisationAccess().WithName("ListOwnSprintEngagements");
        api.MapGet("/engagements/{engagementId:guid}", async (Guid engagementId, HttpContext http, IQuerySession session, CancellationToken ct) =>
                await EngagementCommands.FindAsync(session, http, engagementId, ct) is { } e ? Results.Ok(e) : Results.NotFound())
            .RequireAuthorization(Policies.ParticipantOrStaff).WithName("GetSprintEngagement");
        api.MapPost("/engagements/{engagementId:guid}/team", AddMemberAsync).RequireAuthorization(Policies.Staff).WithName("AddSprintTeamMember");
        api.MapDelete("/engagements/{engagementId:guid}/team/{memberId:guid}", RemoveMemberAsync).RequireAuthorization(Policies.Staff).WithName("RemoveSprintTeamMember");
        api.MapPut("/engagements/{engagementId:guid}/timeline", PlanAsync).RequireAuthorization(Policies.Staff).WithName("PlanSprintTimeline");
    }

    internal static async Task<IResult> RemoveMemberAsync(Guid engagementId, Guid memberId, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        (await EngagementCommands.RunAsync(engagementId, http, session, clock, (s, now) => EngagementDecider.RemoveMember(s, memberId, now), ct)).Result;

    internal static async Task<IResult> AddMemberAsync(Guid engagementId, TeamMemberInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var email = body.Email?.Trim().ToLowerInvariant();
        var problems = new FieldProblems()
            .When(body.Side is not (TeamSides.Staff or TeamSides.Sme), "side", "Entweder „staff“ oder „sme“.", "Either \"staff\" or \"sme\".")
            .When(string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200, "name",
                "Geben Sie den Namen an, höchstens 200 Zeichen.", "Give the name, at most 200 characters.")
            .When(email is not null && !IsEmail(email), "email", "Geben Sie eine gültige E-Mail-Adresse an oder keine.", "Give a valid e-mail address or none.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var memberId = Ids.New(clock);
        var outcome = await EngagementCommands.RunAsync(engagementId, http, session, clock, (s, now) =>
            EngagementDecider.AddMember(s, new AddTeamMember(memberId, body.Side!, body.Name!.Trim(), email, body.AccountId), now), ct);
        return outcome.Succeeded ? Results.Created($"/api/sprints/engagements/{engagementId}", outcome.State!.Member(memberId)) : outcome.Result;
    }

    internal static async Task<IResult> PlanAsync(Guid engagementId, TimelineInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(body.StartsOn is null, "startsOn", "Geben Sie den ersten Tag des Sprints an.", "Give the first day of the sprint.")
            .When(body.Weeks is not (>= Timeline.MinWeeks and <= Timeline.MaxWeeks), "weeks",
                $"Ein Sprint dauert {Timeline.MinWeeks} bis {Timeline.MaxWeeks} Wochen.", $"A sprint lasts {Timeline.MinWeeks} to {Timeline.MaxWeeks} weeks.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        return (await EngagementCommands.RunAsync(engagementId, http, session, clock, (s, now) => EngagementDecider.Plan(s, body.StartsOn!.Value, body.Weeks!.Value, now), ct)).Result;
    }

    public static bool IsEmail(string email) =>
        email.Length <= 254 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.Host.Contains('.', StringComparison.Ordinal);
}
