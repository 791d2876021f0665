using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Npgsql;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>
/// The facts of one transaction are written together; each must still look as if written one by one, in order.
/// </summary>
public sealed class FactBatchTests(ResearchFixture fixture) : IClassFixture<ResearchFixture>
{
    /// <summary>An interaction of some plugin's offering type (research knows it only by its shape).</summary>
    public sealed record LessonWatched(Interaction Interaction) : IInteractionEvent;

    private sealed record FactRow(string EventType, string Topic, string? Maturity, string Pseudonym, Guid? ProgramId, string? OfferingType);

    [Fact]
    public async Task Facts_of_one_transaction_keep_their_order_topics_and_organisations()
    {
        var (first, second, now) = (Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        var offering = fixture.AutomationOffering;
        LessonWatched Watched(Guid organisation, string[] topics, Guid offering) =>
            new(new Interaction(organisation, topics, offering, "lesson", InteractionKinds.Viewed, now));
        IReadOnlyList<object> events =
        [
            Watched(first, ["ki", "daten"], offering),
            // Between two bookings of the same organisation: only the facts after it carry the level.
            new MaturityAssessed(Guid.NewGuid(), 1, 0, new Dictionary<string, double> { [MaturityDimensions.Data] = 40 }, 40, MaturityLevel.Entdecker,
                new Interaction(first, ["daten"], null, null, InteractionKinds.Answered, now)),
            Watched(first, ["automatisierung"], offering),
            Watched(second, [], offering),
        ];
        await fixture.ConsentAsync(first, second);
        await using (var session = fixture.Store.LightweightSession())
        {
            var stream = session.Events.StartStream(Guid.CreateVersion7(), [.. events]);
            await session.SaveChangesAsync();
            var ids = stream.Events.Select(e => e.Id).ToList();
            var rows = await RowsAsync(ids);

            Assert.Equal([("daten", null), ("ki", null)], rows[ids[0]].Select(r => (r.Topic, r.Maturity)).Order());
            Assert.Equal([("daten", "Entdecker")], rows[ids[1]].Select(r => (r.Topic, r.Maturity)));
            Assert.Equal([("automatisierung", "Entdecker")], rows[ids[2]].Select(r => (r.Topic, r.Maturity)));
            Assert.Equal(["(none)"], rows[ids[3]].Select(r => r.Topic));

            var pseudonyms = ids.Select(id => rows[id].Select(r => r.Pseudonym).Distinct().Single()).ToList();
            Assert.Equal(pseudonyms[0], pseudonyms[1]);
            Assert.Equal(pseudonyms[0], pseudonyms[2]);
            Assert.NotEqual(pseudonyms[0], pseudonyms[3]);
            Assert.DoesNotContain("erased", pseudonyms);

            // The booking knows its offering and so its program; the assessment has neither.
            Assert.NotNull(rows[ids[0]][0].ProgramId);
            Assert.Equal(("LessonWatched", "lesson"), (rows[ids[3]][0].EventType, rows[ids[3]][0].OfferingType));
            Assert.Equal((null, null), (rows[ids[1]][0].ProgramId, rows[ids[1]][0].OfferingType));
        }
    }

    private async Task<Dictionary<Guid, List<FactRow>>> RowsAsync(IReadOnlyList<Guid> eventIds)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "select event_id, event_type, topic, maturity_level, organisation_pseudonym, program_id, offering_type from kz.research_interactions "
                + "where event_id = any($1)",
            connection);
        query.Parameters.AddWithValue(eventIds.ToArray());
        var rows = new Dictionary<Guid, List<FactRow>>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var row = new FactRow(
                reader.GetString(1), reader.GetString(2), Text(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetGuid(5), Text(6));
            rows.TryAdd(reader.GetGuid(0), []);
            rows[reader.GetGuid(0)].Add(row);
        }
        return rows;
    }
}
