using Kompetenzzentrum.Modules.Organisations.Maturity.Reminders;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Merges;

/// <summary>The survivor's check follow-up after a merge, from both records' follow-ups and their rounds together. Pure.</summary>
internal static class FollowUpMerge
{
    /// <param name="survivorId">The organisation that stays.</param>
    /// <param name="survivor">The survivor's follow-up, if any.</param>
    /// <param name="duplicate">The duplicate's follow-up, if any.</param>
    /// <param name="rounds">Both records' check rounds together: they move to the survivor and are numbered T0, T1, … again.</param>
    public static MaturityFollowUp Combine(Guid survivorId, MaturityFollowUp? survivor, MaturityFollowUp? duplicate, int rounds)
    {
        MaturityFollowUp[] both = [.. new[] { survivor, duplicate }.OfType<MaturityFollowUp>()];
        var lastRound = both.Max(f => f.LastRoundAt);
        // A participation counts towards the next prompt only when it was completed after the latest round of either record.
        var firstCompleted = both.Select(f => f.FirstCompletedAt).Where(at => at is not null && (lastRound is null || at >= lastRound)).Min();
        // The prompt for the combined next round was sent if either record was prompted for that round already.
        var prompted = both.Any(f => f.Prompted && f.NextRound == rounds);
        return new MaturityFollowUp(survivorId, rounds, lastRound, firstCompleted, prompted);
    }
}
