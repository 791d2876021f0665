using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;

namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>The follow-up goes out once, when due; the SME answers it after it went out, about the roadmap's actions.</summary>
internal static class FollowUpRules
{
    public static bool Due(Engagement s, DateTimeOffset now) => s.FollowUpDueAt is { } due && now >= due && s.FollowUpSentAt is null;

    public static Decision Answer(Engagement s, IReadOnlyList<ActionAnswer> answers, DateTimeOffset now)
    {
        if (s.FollowUpSentAt is null)
        {
            return Decision.Conflict("Die Nachbefragung öffnet einige Monate nach dem Transfer.", "The follow-up survey opens some months after the transfer.");
        }
        if (answers.Count == 0 || answers.Any(a => !s.Roadmap.Any(r => r.ActionId == a.ActionId)) || answers.DistinctBy(a => a.ActionId).Count() != answers.Count)
        {
            return Decision.Reject(RejectionKind.Invalid, "Beantworten Sie jede Maßnahme der Roadmap höchstens einmal.",
                "Answer each action of the roadmap at most once, by its id.", "answers");
        }
        return Decision.Accept(new FollowUpAnswered(s.Id, s.OrganisationId, s.OfferingId, s.Topics, answers, now));
    }
}
