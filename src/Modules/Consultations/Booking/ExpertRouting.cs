using Kompetenzzentrum.Modules.Consultations.Questionnaires;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>An expert who could take a slot, with the time of their latest booking (null: never booked).</summary>
internal sealed record ExpertCandidate(Guid ExpertId, IReadOnlyList<string> Tags, DateTimeOffset? LastBookedAt);

/// <summary>
/// Picks experts for a consultation. Pure. Experts whose tags share a word with the answers' tags or topics
/// fit; when nobody fits, everybody does (an SME is never turned away for unusual answers). Among those, the
/// least recently booked comes first (never booked before anyone), ties by id, so bookings spread fairly.
/// </summary>
internal static class ExpertRouting
{
    public static IReadOnlyList<ExpertCandidate> Order(IEnumerable<ExpertCandidate> candidates, AnswerProfile profile)
    {
        var all = candidates.ToList();
        var fitting = all.Where(c => Fits(c, profile)).ToList();
        return (fitting.Count > 0 ? fitting : all)
            .OrderBy(c => c.LastBookedAt ?? DateTimeOffset.MinValue)
            .ThenBy(c => c.ExpertId)
            .ToList();
    }

    public static bool Fits(ExpertCandidate candidate, AnswerProfile profile) =>
        candidate.Tags.Any(t => profile.Tags.Contains(t) || profile.Topics.Contains(t));
}
