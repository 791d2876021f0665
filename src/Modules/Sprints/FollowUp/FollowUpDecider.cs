using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Sprints.Engagements;

namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>The follow-up goes out once, when due; the SME answers it after it went out, about the roadmap's actions.</summary>
internal static class FollowUpDecider
{
    public static bool Due(Engagement s, DateTimeOffset now) => s.FollowUpDueAt is { } due && now >= due && s.FollowUpSentAt is null;

    public static Decision Answer(Engagement s, IReadOnlyList<ActionAnswer> answers, DateTimeOffset now)
    {
        if (s.FollowUpSentAt is null)
        {
            return Refusal.Conflict("sprints.follow-up-not-open");
        }
        if (answers.Count == 0 || answers.Any(a => !s.Roadmap.Any(r => r.ActionId == a.ActionId))
            || answers.DistinctBy(a => a.ActionId).Count() != answers.Count)
        {
            return Refusal.Invalid("answers", "sprints.follow-up-answer-once");
        }
        return Decision.Accept(new FollowUpAnswered(s.Id, s.OrganisationId, s.OfferingId, s.Topics, answers, now));
    }
}
