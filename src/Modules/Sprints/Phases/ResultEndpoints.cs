using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Decision = Kompetenzzentrum.Contracts.Application.Decision;

namespace Kompetenzzentrum.Modules.Sprints.Phases;

internal sealed record TextListInput(IReadOnlyList<string>? Items);

internal sealed record IdeaInput(string? Title, string? Description, IReadOnlyList<string>? Topics);

internal sealed record AssessmentInput(int? Value, int? Effort, int? Risk);

internal sealed record ChoiceInput(bool? Chosen);

internal sealed record ActionInput(string? Title, string? Owner, DateOnly? DueOn);

/// <summary>Staff record the results each phase requires: challenges, insights, ideas with assessments, the roadmap.</summary>
internal static class ResultEndpoints
{
    private const int MaxItems = 30;
    private const int MaxText = 2000;

    public static void MapResults(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/engagements/{engagementId:guid}").RequireAuthorization(Policies.Staff);
        group.MapPut("/challenges", RecordChallengesAsync).WithName("RecordSprintChallenges");
        group.MapPut("/insights", RecordInsightsAsync).WithName("RecordSprintInsights");
        group.MapPost("/ideas", AddIdeaAsync).WithName("AddSprintIdea");
        group.MapPut("/ideas/{ideaId:guid}/assessment", AssessIdeaAsync).WithName("AssessSprintIdea");
        group.MapPut("/ideas/{ideaId:guid}/choice", ChooseIdeaAsync).WithName("ChooseSprintIdea");
        group.MapPost("/roadmap", AddActionAsync).WithName("AddSprintRoadmapAction");
    }

    internal static Task<IResult> RecordChallengesAsync(Guid engagementId, TextListInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        List(body, "items", out var items) is { } bad ? Task.FromResult(bad)
            : Run(engagementId, http, session, clock, (s, now) => ResultDecider.Challenges(s, items, now), ct);

    internal static Task<IResult> RecordInsightsAsync(Guid engagementId, TextListInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        List(body, "items", out var items) is { } bad ? Task.FromResult(bad)
            : Run(engagementId, http, session, clock, (s, now) => ResultDecider.Insights(s, items, now), ct);

    internal static Task<IResult> AssessIdeaAsync(Guid engagementId, Guid ideaId, AssessmentInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems().When(!Scale(body.Value), "value", "1 (niedrig) bis 5 (hoch).", "1 (low) to 5 (high).")
            .When(!Scale(body.Effort), "effort", "1 (niedrig) bis 5 (hoch).", "1 (low) to 5 (high).").When(!Scale(body.Risk), "risk", "1 (niedrig) bis 5 (hoch).", "1 (low) to 5 (high).");
        return !problems.IsEmpty ? Task.FromResult(problems.ToResult())
            : Run(engagementId, http, session, clock, (s, now) => ResultDecider.Assess(s, ideaId, new IdeaAssessment(body.Value!.Value, body.Effort!.Value, body.Risk!.Value), now), ct);
    }

    internal static Task<IResult> ChooseIdeaAsync(Guid engagementId, Guid ideaId, ChoiceInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        body.Chosen is not { } chosen ? Task.FromResult(Answers.Invalid("chosen", "true oder false.", "true or false."))
            : Run(engagementId, http, session, clock, (s, now) => ResultDecider.Choose(s, ideaId, chosen, now), ct);

    internal static Task<IResult> AddIdeaAsync(Guid engagementId, IdeaInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var topics = body.Topics ?? [];
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > 200, "title", "1 bis 200 Zeichen.", "1 to 200 characters.")
            .When(body.Description is { Length: > MaxText }, "description", $"Höchstens {MaxText} Zeichen.", $"At most {MaxText} characters.")
            .When(ResultDecider.UnknownTopics(topics).Any(), "topics", "Nur Themen aus der Liste.", "Use topic keys of the vocabulary, e.g. \"ki\".");
        var ideaId = Ids.New(clock);
        return !problems.IsEmpty ? Task.FromResult(problems.ToResult())
            : Run(engagementId, http, session, clock, (s, now) => ResultDecider.AddIdea(s, ideaId, body.Title!.Trim(), body.Description?.Trim() ?? "", [.. topics.Distinct()], now), ct);
    }

    internal static Task<IResult> AddActionAsync(Guid engagementId, ActionInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > 500, "title", "1 bis 500 Zeichen.", "1 to 500 characters.")
            .When(string.IsNullOrWhiteSpace(body.Owner) || body.Owner.Length > 200, "owner", "Sagen Sie, wer es übernimmt (1 bis 200 Zeichen).", "Say who does it, 1 to 200 characters.")
            .When(body.DueOn is null, "dueOn", "Geben Sie an, bis wann es erledigt sein soll.", "Give the day it is due.");
        var actionId = Ids.New(clock);
        return !problems.IsEmpty ? Task.FromResult(problems.ToResult())
            : Run(engagementId, http, session, clock, (s, now) => ResultDecider.AddAction(s, actionId, body.Title!.Trim(), body.Owner!.Trim(), body.DueOn!.Value, now), ct);
    }

    private static async Task<IResult> Run(Guid engagementId, HttpContext http, IDocumentSession session, TimeProvider clock, Func<Engagement, DateTimeOffset, Decision> decide, CancellationToken ct) =>
        (await EngagementCommands.RunAsync(engagementId, http, session, clock, decide, ct)).Result;

    private static IResult? List(TextListInput body, string field, out IReadOnlyList<string> items)
    {
        items = [.. (body.Items ?? []).Select(i => i?.Trim() ?? "")];
        return items.Count is 0 or > MaxItems || items.Any(i => i.Length is 0 or > MaxText)
            ? Answers.Invalid(field, $"1 bis {MaxItems} Einträge mit 1 bis {MaxText} Zeichen.", $"1 to {MaxItems} entries of 1 to {MaxText} characters.")
            : null;
    }

    private static bool Scale(int? value) => value is >= 1 and <= 5;
}
