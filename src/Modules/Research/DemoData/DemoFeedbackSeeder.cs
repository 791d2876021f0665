using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Modules.Research.Feedback;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Marten;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.DemoData;

/// <summary>
/// Answers most of the feedback surveys the demo's completed participations queued, a few days after each, through the
/// survey's own handler: scores, wanted topics and, now and then, a free text that waits for staff review.
/// </summary>
internal sealed class DemoFeedbackSeeder(NpgsqlDataSource database, ResearchSchema schema, IDocumentStore store, TimeProvider clock)
    : IModuleSeeder
{
    private static readonly string[] Texts =
    [
        "Sehr praxisnah, wir setzen die Checkliste schon um.",
        "Gute Beispiele aus der Region, gern mehr davon.",
        "Etwas zu viel Theorie, die Übung am Ende war das Beste.",
        "Der Austausch mit anderen Betrieben hat am meisten gebracht.",
        "Wir hätten gern eine Fortsetzung zu Datenschutz und KI.",
        "Termin war knapp, Inhalte aber genau richtig für uns.",
        "Die Referentin konnte unsere Fragen sehr konkret beantworten.",
        "Für Einsteiger gut, für uns teilweise zu grundlegend.",
    ];

    public int Order => SeedOrder.History + 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var s = ResearchTables.Surveys;
        var surveys = new List<SurveyEndpoints.Survey>();
        await using (var command = database.CreateCommand(
            $"select {SurveyEndpoints.Survey.Columns} from {schema.Name}.{s} where {s.AnsweredAt} is null "
            + $"order by {s.CompletedAt}, {s.ParticipationId}"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                surveys.Add(SurveyEndpoints.Survey.Read(reader));
            }
        }
        var now = clock.GetUtcNow();
        var random = new Random(400);
        var topics = Topics.All.Select(t => t.Key).ToArray();
        foreach (var survey in surveys)
        {
            var answeredAt = survey.CompletedAt.AddHours(6 + random.Next(96));
            if (random.NextDouble() > 0.65 || answeredAt >= now)
            {
                continue;
            }
            var satisfaction = Math.Clamp(3 + random.Next(3) - (random.NextDouble() < 0.1 ? 2 : 0), 1, 5);
            var answer = new SurveyAnswer(satisfaction, Math.Clamp(satisfaction + random.Next(-1, 2), 1, 5),
                Math.Clamp(satisfaction * 2 + random.Next(-1, 2), 0, 10), [topics[random.Next(topics.Length)]],
                random.NextDouble() < 0.35 ? Texts[random.Next(Texts.Length)] : null);
            await SurveyHandlers.AnswerAsync(survey, answer, schema, store, answeredAt, cancellationToken);
        }
    }
}
