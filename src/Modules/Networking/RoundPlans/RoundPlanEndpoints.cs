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

internal sealed record PlannedMeeting(Guid SmeId, string SmeName, Guid StartupId, string StartupName, int Score);

/// <summary>Staff plan the rounds of a matchmaking event from the attendees' profiles.</summary>
internal static class RoundPlanEndpoints
{
    public const int MaxRounds = 20;

    public static void MapRoundPlans(this IEndpointRouteBuilder api) =>
        api.MapPost("/round-plans", Plan).RequireAuthorization(Policies.Staff).WithName("PlanMatchmakingRounds");

    private static async Task<IResult> Plan(PlanRounds body, IQuerySession session, CancellationToken ct)
    {
        var smeIds = (body.SmeIds ?? []).Distinct().ToList();
        var startupIds = (body.StartupIds ?? []).Distinct().ToList();
        var smes = await session.LoadManyAsync<SmeProfile>(ct, smeIds);
        var startups = await session.LoadManyAsync<StartupProfile>(ct, startupIds);
        var problems = new FieldProblems()
            .When(smeIds.Count == 0 || smes.Count != smeIds.Count, "smeIds", "Name the attending SMEs by the ids of their profiles.")
            .When(startupIds.Count == 0 || startups.Count != startupIds.Count, "startupIds", "Name the attending startups by the ids of their profiles.")
            .When(body.Rounds is < 1 or > MaxRounds, "rounds", $"Rounds must be between 1 and {MaxRounds}.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var compactStartups = startups.Select(s => (s, MatchStartup.Of(s.Details))).ToList();
        var pairs = smes.SelectMany(sme =>
        {
            var compact = MatchSme.Of(sme.Details);
            return compactStartups.Select(st => new PairScore(sme.Id, st.s.Id, MatchScoring.Score(compact, st.Item2)));
        }).ToList();
        var names = smes.Select(s => (s.Id, s.Details.Name)).Concat(startups.Select(s => (s.Id, s.Details.Name))).ToDictionary();
        var smeSet = smes.Select(s => s.Id).ToHashSet();
        var plan = RoundPlanner.Plan(pairs, body.Rounds);
        return Results.Ok(plan.Rounds.Select(round => round.Select(m =>
        {
            var (sme, startup) = smeSet.Contains(m.A) ? (m.A, m.B) : (m.B, m.A);
            return new PlannedMeeting(sme, names[sme], startup, names[startup], (int)Math.Round(m.Score));
        }).ToList()).ToList());
    }
}
