using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Tasks;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>
/// Staff: a sprint's team (from the center and from the SME) and its tasks: add and remove members, give a member a
/// task with a due day. Through the API's handlers; the SME sees the tasks on its sprint page and marks them done.
/// </summary>
internal static class TeamPages
{
    public static string PathOf(Guid engagementId) => $"{SprintBoardPages.Path}/{engagementId}/team";

    public static void MapTeamPages(this IEndpointRouteBuilder pages)
    {
        var team = SprintBoardPages.Path + "/{id:guid}/team";
        pages.MapGet(team, RenderAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(team,
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            StaffForms.AfterAsync(http, $"{PathOf(id)}#team",
                texts.Get("sprints.team.member-added", TextArgs.Of(("name", form["name"].ToString().Trim()))), texts,
                EngagementEndpoints.AddTeamMemberAsync(id, new TeamMemberInput(form["side"], form["name"], Blank(form["email"]), null), http, session,
                    clock, ct)))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(team + "/{memberId:guid}/entfernen",
            (Guid id, Guid memberId, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            StaffForms.AfterAsync(http, $"{PathOf(id)}#team", texts.Get("sprints.team.member-removed"), texts,
                EngagementEndpoints.RemoveTeamMemberAsync(id, memberId, http, session, clock, ct)))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(team + "/aufgaben",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            StaffForms.AfterAsync(http, $"{PathOf(id)}#aufgaben", texts.Get("sprints.team.task-assigned"), texts,
                TaskEndpoints.AssignTaskAsync(id,
                    new TaskInput(form["title"], Guid.TryParse(form["ownerMemberId"], out var owner) ? owner : null, StaffForms.Day(form["dueOn"])),
                    http, session, clock, ct)))
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> RenderAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var sprint = await StaffForms.SprintAsync(session, http, id, ct);
        return sprint is null ? Results.NotFound() : UiPages.Render<TeamPage>(new { Model = sprint });
    }

    // An empty field means no address, as a JSON body without it would.
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
