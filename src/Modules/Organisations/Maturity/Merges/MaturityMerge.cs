using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Maturity.Peers;
using Kompetenzzentrum.Modules.Organisations.Maturity.Reminders;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Merges;

/// <summary>
/// When staff merge two organisations, the duplicate's check follow-up (<see cref="MaturityFollowUp"/>: when the next round is
/// due) and its peer standing (<see cref="ConfirmedParticipant"/>) move to the survivor, in the merge's transaction. Both are
/// projections of other modules' events that keep the duplicate's id, so the move is recorded as events on the prompt streams
/// (<see cref="MaturityFollowUpMerged"/>, <see cref="ConfirmedParticipationMovedIn"/>, <see cref="ParticipationsMovedOut"/>)
/// that a rebuild replays. The check rounds themselves move in <c>DuplicateHandlers</c>.
/// </summary>
internal sealed class MaturityMerge : IOrganisationMergeParticipant
{
    public async Task MergeAsync(OrganisationsMerged merged, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (from, to) = (merged.DuplicateId, merged.SurvivorId);
        var followUps = await session.LoadManyAsync<MaturityFollowUp>(cancellationToken, from, to);
        var participants = await session.LoadManyAsync<ConfirmedParticipant>(cancellationToken, from, to);
        var duplicateFollowUp = followUps.FirstOrDefault(f => f.Id == from);
        var duplicateParticipant = participants.FirstOrDefault(p => p.Id == from);
        if (duplicateFollowUp is null && duplicateParticipant is null)
        {
            return;
        }
        var histories = await session.LoadManyAsync<MaturityHistory>(cancellationToken, from, to);
        var rounds = histories.Sum(h => h.Rounds.Count);
        var stream = MaturityPromptStreams.Of(to);
        if (duplicateFollowUp is not null)
        {
            var combined = FollowUpMerge.Combine(to, followUps.FirstOrDefault(f => f.Id == to), duplicateFollowUp, rounds);
            session.Events.Append(stream,
                new MaturityFollowUpMerged(to, from, combined.NextRound, combined.LastRoundAt, combined.FirstCompletedAt, combined.Prompted));
        }
        if (duplicateParticipant is not null)
        {
            session.Events.Append(stream, new ConfirmedParticipationMovedIn(to, from, duplicateParticipant.FirstCompletedAt));
        }
        session.Events.Append(MaturityPromptStreams.Of(from), new ParticipationsMovedOut(from, to));
    }
}
