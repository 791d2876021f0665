using System.Globalization;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Networking.Curation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Networking.RoundPlans;

/// <summary>
/// The round-plan page of one matchmaking session: how many confirmed attendees it has, the number of rounds, and
/// the plan (who meets whom in which round, with the pair's fit), plus the attendees the plan leaves out.
/// </summary>
internal sealed record RoundPlanView(
    Guid SessionId,
    MatchmakingAttendees? Attendees,
    SessionRoundPlan? Plan,
    IReadOnlyDictionary<Guid, string> Names,
    FormState State);

/// <summary>
/// Staff plan a matchmaking session's meeting rounds on a page, linked from the catalog's session page (the type's
/// <c>SessionPage</c>). Planning changes nothing, so the form is a GET (<c>?runden=3</c>) and the plan can be
/// bookmarked or printed; it is computed by the API's <see cref="RoundPlanEndpoints.PlanSessionAsync"/>.
/// </summary>
internal static class RoundPlanPages
{
    public const string PathTemplate = CurationPages.Path + "/termine/{sessionId}";

    public const string RoundsField = "runden";

    public static string PathOf(Guid sessionId) => $"{CurationPages.Path}/termine/{sessionId}";

    public static void MapRoundPlanPages(this RouteGroupBuilder staff) => staff.MapGet("/termine/{sessionId:guid}", RenderAsync);

    private static async Task<IResult> RenderAsync(
        Guid sessionId, string? runden, HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct)
    {
        var state = FormState.Empty().With(RoundsField, runden ?? "3");
        var attendees = await session.LoadAsync<MatchmakingAttendees>(sessionId, ct);
        SessionRoundPlan? plan = null;
        if (runden is not null)
        {
            if (!int.TryParse(runden, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rounds) || RoundPlanEndpoints.RoundsInvalid(rounds))
            {
                state.AddError(RoundsField, texts.Get(RoundPlanEndpoints.RoundsRule.Code, RoundPlanEndpoints.RoundsRule.Args));
            }
            else
            {
                plan = await RoundPlanEndpoints.PlanSessionAsync(sessionId, attendees, rounds, session, ct);
            }
        }
        var names = plan is { WithoutProfile.Count: > 0 } && http.RequestServices.GetService<IOrganisationNames>() is { } directory
            ? await directory.NamesAsync(plan.WithoutProfile, ct)
            : new Dictionary<Guid, string>();
        var view = new RoundPlanView(sessionId, attendees, plan, names, state);
        return UiPages.Render<RoundPlanPage>(new { Model = view }, state.HasErrors ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}
