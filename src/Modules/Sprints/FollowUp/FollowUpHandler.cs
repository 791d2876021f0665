using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>Answering the follow-up survey: check the answers, then <see cref="FollowUpDecider"/> on the engagement; the engagement as it is
/// now.</summary>
internal static class FollowUpHandler
{
    public static async Task<Result<Engagement>> AnswerAsync(Guid engagementId, SurveyInput input, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        if (Check(input) is { } refused)
        {
            return refused;
        }
        var parsed = input.Answers!.Select(a => new ActionAnswer(a.ActionId!.Value, a.Progress!.Value)).ToList();
        return (await EngagementCommands.RunAsync(engagementId, http, session, clock, (s, now) => FollowUpDecider.Answer(s, parsed, now), ct)).Answer;
    }

    // The first wrong answer is named, as the survey is answered action by action.
    private static Refusal? Check(SurveyInput input)
    {
        if (input.Answers is not { Count: > 0 } answers)
        {
            return Refusal.Invalid("answers", "sprints.follow-up-answers-required");
        }
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i].ActionId is null)
            {
                return Refusal.Invalid($"answers[{i}].actionId", "sprints.follow-up-action-required");
            }
            if (answers[i].Progress is not { } p || !Enum.IsDefined(p))
            {
                return Refusal.Invalid($"answers[{i}].progress", "sprints.follow-up-progress",
                    TextArgs.Of(("choices", string.Join(", ", Enum.GetNames<ActionProgress>()))));
            }
        }
        return null;
    }
}
