using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Marten;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>
/// A completed participation waits here for <see cref="SurveyDispatchJob"/> to send its survey; only organisations that
/// consented to research are surveyed (the answers are research rows).
/// </summary>
internal static class SurveyQueue
{
    public static void Enqueue(IDocumentOperations ops, ResearchWriter writer, ParticipationCompleted completed)
    {
        var s = ResearchTables.Surveys;
        ops.QueueSqlCommand(
            $"{Insert.Into(writer.Table(s), s.ParticipationId, s.OrganisationId, s.OfferingId, s.OfferingType, s.Topics, s.CompletedAt).Parameters} "
            + $"{writer.NotErased} and {writer.ConsentGiven} on conflict do nothing",
            completed.ParticipationId, completed.OrganisationId, completed.OfferingId, completed.OfferingType,
            completed.Topics.ToArray(), completed.CompletedAt, completed.OrganisationId, completed.OrganisationId);
    }
}
