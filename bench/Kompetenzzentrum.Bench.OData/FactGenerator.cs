using Npgsql;
using NpgsqlTypes;

namespace Kompetenzzentrum.Bench.OData;

/// <summary>Writes synthetic interaction facts with binary COPY: 5,000 organisations, 12 topics, 24 months.</summary>
internal static class FactGenerator
{
    private static readonly string[] Topics =
    [
        "ki", "daten", "it-sicherheit", "e-commerce", "geschaeftsmodelle", "automatisierung", "cloud", "nachhaltigkeit", "arbeit-4-0", "robotik",
        "iot", "marketing",
    ];
    private static readonly string[] Kinds = ["viewed", "viewed", "viewed", "booked", "booked", "attended", "completed", "cancelled"];
    private static readonly string[] Types =
        ["experience-tour", "ki-sprechstunde", "business-model-sprint", "podcast", "explainer-video", "lernfabrik-workshop"];
    private static readonly string[] Industries = ["C", "F", "G", "J", "M", "N", "Q"];
    private static readonly string[] Sizes = ["micro", "small", "medium"];
    private static readonly string[] States = ["BB", "BE", "SN", "ST", "MV", "TH"];
    private static readonly string[] Levels = ["Einsteiger", "Entdecker", "Gestalter", "Vorreiter"];

    public static async Task CopyAsync(NpgsqlDataSource data, int count, int seed)
    {
        var random = new Random(seed + 42);
        var start = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var offerings = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToArray();
        await using var connection = await data.OpenConnectionAsync();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "copy kz.research_interactions (event_id, occurred_at, month, organisation_pseudonym, industry, size_class, federal_state, "
            + "maturity_level, event_type, offering_type, offering_id, topic, kind) from stdin (format binary)"))
        {
            for (var i = 0; i < count; i++)
            {
                var org = random.Next(5000);
                var at = start.AddMinutes(random.Next(0, 24 * 30 * 24 * 60));
                var offering = random.Next(offerings.Length);
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(at.UtcDateTime, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(at.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                await writer.WriteAsync("p" + org.ToString("x6", System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                await writer.WriteAsync(Industries[org % Industries.Length], NpgsqlDbType.Text);
                await writer.WriteAsync(Sizes[org % Sizes.Length], NpgsqlDbType.Text);
                await writer.WriteAsync(States[org % States.Length], NpgsqlDbType.Text);
                await writer.WriteAsync(Levels[org % Levels.Length], NpgsqlDbType.Text);
                await writer.WriteAsync("Generated", NpgsqlDbType.Text);
                await writer.WriteAsync(Types[offering % Types.Length], NpgsqlDbType.Text);
                await writer.WriteAsync(offerings[offering], NpgsqlDbType.Uuid);
                await writer.WriteAsync(Topics[random.Next(Topics.Length)], NpgsqlDbType.Text);
                await writer.WriteAsync(Kinds[random.Next(Kinds.Length)], NpgsqlDbType.Text);
            }
            await writer.CompleteAsync();
        }
        // The projection notes each pseudonym's segment as it writes facts; COPY goes around it, so note them here,
        // else the OData sets would release every generated row as suppressed.
        await using (var subjects = new NpgsqlCommand(
            "insert into kz.research_subjects (set_name, organisation_pseudonym, industry, size_class, federal_state) "
            + "select distinct 'research_interactions', organisation_pseudonym, coalesce(industry, ''), coalesce(size_class, ''), "
            + "coalesce(federal_state, '') "
            + "from kz.research_interactions on conflict do nothing", connection))
        {
            await subjects.ExecuteNonQueryAsync();
        }
        await using var analyze = new NpgsqlCommand("analyze kz.research_interactions", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
