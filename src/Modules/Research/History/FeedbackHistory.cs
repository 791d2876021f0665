using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Research.Feedback;
using Kompetenzzentrum.Modules.Research.FeedbackReview;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Marten;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.History;

/// <summary>
/// The research part of an organisation's history (the staff's CRM view): each feedback survey it answered, dated by the answer,
/// with the format and the scores, and its free text only as published after staff approved it (<see cref="FeedbackReviews"/>):
/// a text waiting for review or rejected never shows. Research rows themselves (pseudonymous) stay out.
/// </summary>
internal sealed class FeedbackHistory(
    NpgsqlDataSource database, ResearchSchema schema, IDocumentStore store, ITexts texts, IEnumerable<OfferingTypeDefinition> types)
    : IOrganisationHistorySource
{
    public async Task<IReadOnlyList<OrganisationHistoryEntry>> ForAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var s = ResearchTables.Surveys;
        var t = ResearchTables.FeedbackTexts;
        await using var command = database.CreateCommand(
            $"select s.{s.ParticipationId}, x.{t.PublishedText} from {schema.Name}.{s} s left join {schema.Name}.{t} x "
            + $"on x.{t.ParticipationId} = s.{s.ParticipationId} and x.{t.Status} = '{FeedbackText.Approved}' "
            + $"where s.{s.OrganisationId} = $1 and s.{s.AnsweredAt} is not null");
        command.Parameters.AddWithValue(organisationId);
        var answered = new List<(Guid Participation, string? Text)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                answered.Add((reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }
        await using var session = store.QuerySession();
        var entries = new List<OrganisationHistoryEntry>();
        foreach (var (participation, text) in answered)
        {
            var events = await session.Events.FetchStreamAsync(Ids.Derived("research-feedback", participation), token: cancellationToken);
            if (events.Select(e => e.Data).OfType<FeedbackGiven>().FirstOrDefault() is not { } given)
            {
                continue;
            }
            var format = types.FirstOrDefault(d => d.Key == given.OfferingType)?.Name ?? new LocalizedText(given.OfferingType, given.OfferingType);
            var title = texts.Both(new TextCode("research.history.feedback", TextArgs.Of(
                ("format", format), ("satisfaction", given.Satisfaction), ("usefulness", given.Usefulness),
                ("recommendation", given.Recommendation))));
            entries.Add(new OrganisationHistoryEntry(given.AnsweredAt, "research", "feedback", title,
                string.IsNullOrWhiteSpace(text) ? null : new LocalizedText(text, text)));
        }
        return entries;
    }
}
