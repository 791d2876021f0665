using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Matching;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Networking.RoundPlans;

internal sealed record PlanRounds(IReadOnlyList<Guid>? SmeIds, IReadOnlyList<Guid>? StartupIds, int Rounds);

internal sealed record PlanSessionRounds(int Rounds);

internal sealed record PlannedMeeting(Guid SmeId, string SmeName, Guid StartupId, string StartupName, int Score);

/// <summary>
/// The rounds of a matchmaking session planned for the attendees the catalog confirmed.
/// <paramref name="WithoutProfile"/> attended but have neither an SME nor a startup profile (or paused matching).
/// </summary>
internal sealed record SessionRoundPlan(Guid SessionId, IReadOnlyList<IReadOnlyList<PlannedMeeting>> Rounds, IReadOnlyList<Guid> WithoutProfile);

/// <summary>
/// Staff plan the rounds of a matchmaking event: from named attendees' profiles, or for a session of a
/// matchmaking-event offering booked through the catalog, from its confirmed bookings.
/// </summary>
internal static class RoundPlanEndpoints
{
    public const int MaxRounds = 20;

    public static void MapRoundPlans(this IEndpointRouteBuilder api)
    {
        api.MapPost("/round-plans", Plan).RequireAuthorization(Policies.Staff).WithName("PlanMatchmakingRounds");
        api.MapGet("/matchmaking-sessions/{sessionId:guid}/attendees", async (Guid sessionId, IQuerySession session, CancellationToken ct) =>
            Results.Ok((await session.LoadAsync<MatchmakingAttendees>(sessionId, ct))?.Organisations ?? []))
            .RequireAuthorization(Policies.Staff).WithName("ListMatchmakingAttendees");
        api.MapPost("/matchmaking-sessions/{sessionId:guid}/round-plan", PlanSession).RequireAuthorization(Policies.Staff)
            .WithName("PlanMatchmakingSessionRounds");
    }

    private static async Task<IResult> Plan(PlanRounds body, IQuerySession session, CancellationToken ct)
    {
        var smeIds = (body.SmeIds ?? []).Distinct().ToList();
        var startupIds = (body.StartupIds ?? []).Distinct().ToList();
        var smes = await session.LoadManyAsync<SmeProfile>(ct, smeIds);
        var startups = await session.LoadManyAsync<StartupProfile>(ct, startupIds);
        var problems = new FieldErrors()
            .When(smeIds.Count == 0 || smes.Count != smeIds.Count, "smeIds", "networking.rounds.smes-required")
            .When(startupIds.Count == 0 || startups.Count != startupIds.Count, "startupIds", "networking.rounds.startups-required")
            .When(RoundsInvalid(body.Rounds), "rounds", RoundsRule.Code, RoundsRule.Args);
        return problems.Count == 0 ? Results.Ok(PlanFor(smes, startups, body.Rounds)) : Refusal.Invalid(problems).ToHttpResult();
    }

    private static async Task<IResult> PlanSession(Guid sessionId, PlanSessionRounds body, IQuerySession session, CancellationToken ct) =>
        RoundsInvalid(body.Rounds)
            ? Refusal.Invalid("rounds", RoundsRule.Code, RoundsRule.Args).ToHttpResult()
            : Results.Ok(await PlanSessionAsync(sessionId, await session.LoadAsync<MatchmakingAttendees>(sessionId, ct), body.Rounds, session, ct));

    /// <summary>How many rounds a plan may have: the text of the refusal, for the API and the page alike.</summary>
    public static TextCode RoundsRule { get; } = new("networking.rounds.rounds-range", TextArgs.Of(("max", MaxRounds)));

    public static bool RoundsInvalid(int rounds) => rounds is < 1 or > MaxRounds;

    /// <summary>The rounds for the session's confirmed attendees (null: none yet) that have a profile open for matching.</summary>
    public static async Task<SessionRoundPlan> PlanSessionAsync(Guid sessionId, MatchmakingAttendees? confirmed, int rounds, IQuerySession session,
        CancellationToken ct)
    {
        var attendees = confirmed?.Organisations ?? [];
        var smes = (await session.LoadManyAsync<SmeProfile>(ct, attendees)).Where(s => s.OptedIn).ToList();
        var startups = (await session.LoadManyAsync<StartupProfile>(ct, attendees)).Where(s => s.OptedIn).ToList();
        var planned = smes.Select(s => s.Id).Concat(startups.Select(s => s.Id)).ToHashSet();
        return new SessionRoundPlan(sessionId, PlanFor(smes, startups, rounds), [.. attendees.Where(a => !planned.Contains(a))]);
    }

    private static List<IReadOnlyList<PlannedMeeting>> PlanFor(IReadOnlyList<SmeProfile> smes, IReadOnlyList<StartupProfile> startups, int rounds)
    {
        var compactStartups = startups.Select(s => (s, MatchStartup.Of(s.Details))).ToList();
        var pairs = smes.SelectMany(sme =>
        {
            var compact = MatchSme.Of(sme.Details);
            return compactStartups.Select(st => new PairScore(sme.Id, st.s.Id, MatchScoring.Score(compact, st.Item2)));
        }).ToList();
        var names = smes.Select(s => (s.Id, s.Details.Name)).Concat(startups.Select(s => (s.Id, s.Details.Name))).ToDictionary();
        var smeSet = smes.Select(s => s.Id).ToHashSet();
        var plan = RoundPlanner.Plan(pairs, rounds);
        return [.. plan.Rounds.Select(round => (IReadOnlyList<PlannedMeeting>)[.. round.Select(m =>
        {
            var (sme, startup) = smeSet.Contains(m.A) ? (m.A, m.B) : (m.B, m.A);
            return new PlannedMeeting(sme, names[sme], startup, names[startup], (int)Math.Round(m.Score));
        })])];
    }
}
