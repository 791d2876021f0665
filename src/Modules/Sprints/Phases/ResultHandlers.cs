using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>
/// Recording a phase's results (the API and the results page): check the input (field errors as codes), then
/// <see cref="ResultDecider"/> on the engagement through <see cref="EngagementCommands"/>; the engagement as it is now.
/// </summary>
internal static class ResultHandlers
{
    private const int MaxItems = 30;
    private const int MaxText = 2000;

    public static Task<Result<Engagement>> RecordChallengesAsync(Guid engagementId, TextListInput input, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        List(input, "items", out var items) is { } bad ? Refused(bad)
            : RunAsync(engagementId, http, session, clock, (s, now) => ResultDecider.Challenges(s, items, now), ct);

    public static Task<Result<Engagement>> RecordInsightsAsync(Guid engagementId, TextListInput input, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        List(input, "items", out var items) is { } bad ? Refused(bad)
            : RunAsync(engagementId, http, session, clock, (s, now) => ResultDecider.Insights(s, items, now), ct);

    public static Task<Result<Engagement>> AssessIdeaAsync(
        Guid engagementId, Guid ideaId, AssessmentInput input, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        List<FieldError> problems = [.. Scale(input.Value, "value"), .. Scale(input.Effort, "effort"), .. Scale(input.Risk, "risk")];
        return problems.Count > 0 ? Refused(Refusal.Invalid(problems))
            : RunAsync(engagementId, http, session, clock, (s, now) =>
                ResultDecider.Assess(s, ideaId, new IdeaAssessment(input.Value!.Value, input.Effort!.Value, input.Risk!.Value), now), ct);
    }

    public static Task<Result<Engagement>> ChooseIdeaAsync(Guid engagementId, Guid ideaId, ChoiceInput input, HttpContext http,
        IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        input.Chosen is not { } chosen ? Refused(Refusal.Invalid("chosen", "sprints.choice-required"))
            : RunAsync(engagementId, http, session, clock, (s, now) => ResultDecider.Choose(s, ideaId, chosen, now), ct);

    public static Task<Result<Engagement>> AddIdeaAsync(Guid engagementId, IdeaInput input, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var topics = input.Topics ?? [];
        List<FieldError> problems = [
            .. EngagementEndpoints.Field(string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 200, "title", "sprints.length-range",
                TextArgs.Of(("min", 1), ("max", 200))),
            .. EngagementEndpoints.Field(input.Description is { Length: > MaxText }, "description", "sprints.text-too-long",
                TextArgs.Of(("max", MaxText))),
            .. EngagementEndpoints.Field(ResultDecider.UnknownTopics(topics).Any(), "topics", "sprints.idea-topics"),
        ];
        var ideaId = Ids.New(clock);
        return problems.Count > 0 ? Refused(Refusal.Invalid(problems))
            : RunAsync(engagementId, http, session, clock, (s, now) =>
                ResultDecider.AddIdea(s, ideaId, input.Title!.Trim(), input.Description?.Trim() ?? "", [.. topics.Distinct()], now), ct);
    }

    public static Task<Result<Engagement>> AddActionAsync(Guid engagementId, ActionInput input, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        List<FieldError> problems = [
            .. EngagementEndpoints.Field(string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 500, "title", "sprints.length-range",
                TextArgs.Of(("min", 1), ("max", 500))),
            .. EngagementEndpoints.Field(string.IsNullOrWhiteSpace(input.Owner) || input.Owner.Length > 200, "owner", "sprints.action-owner"),
            .. EngagementEndpoints.Field(input.DueOn is null, "dueOn", "sprints.action-due"),
        ];
        var actionId = Ids.New(clock);
        return problems.Count > 0 ? Refused(Refusal.Invalid(problems))
            : RunAsync(engagementId, http, session, clock, (s, now) =>
                ResultDecider.AddAction(s, actionId, input.Title!.Trim(), input.Owner!.Trim(), input.DueOn!.Value, now), ct);
    }

    private static async Task<Result<Engagement>> RunAsync(
        Guid engagementId, HttpContext http, IDocumentSession session, TimeProvider clock, Func<Engagement, DateTimeOffset, Decision> decide,
        CancellationToken ct) =>
        (await EngagementCommands.RunAsync(engagementId, http, session, clock, decide, ct)).Answer;

    private static Task<Result<Engagement>> Refused(Refusal refusal) => Task.FromResult<Result<Engagement>>(refusal);

    private static Refusal? List(TextListInput input, string field, out IReadOnlyList<string> items)
    {
        items = [.. (input.Items ?? []).Select(i => i?.Trim() ?? "")];
        return items.Count is 0 or > MaxItems || items.Any(i => i.Length is 0 or > MaxText)
            ? Refusal.Invalid(field, "sprints.result-items", TextArgs.Of(("maxItems", MaxItems), ("maxText", MaxText)))
            : null;
    }

    private static IEnumerable<FieldError> Scale(int? value, string field) =>
        EngagementEndpoints.Field(value is not (>= 1 and <= 5), field, "sprints.scale");
}
