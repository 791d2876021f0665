using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Organisations;
using Marten;
using Weasel.Core;

namespace Kompetenzzentrum.Bench.OData;

/// <summary>
/// Appends public events as the catalog and organisations modules would (profiles, then bookings), through a
/// Marten store configured like the host's, so the rebuild has a history to replay.
/// </summary>
internal static class EventGenerator
{
    public static async Task AppendAsync(string connection, int count)
    {
        using var store = DocumentStore.For(options =>
        {
            options.Connection(connection);
            options.DatabaseSchemaName = "kz";
            options.Events.DatabaseSchemaName = "kz";
            options.AutoCreateSchemaObjects = JasperFx.AutoCreate.None;
            options.Events.MetadataConfig.CorrelationIdEnabled = true;
            options.Events.MetadataConfig.CausationIdEnabled = true;
            options.Events.MetadataConfig.UserNameEnabled = true;
            options.Events.MetadataConfig.HeadersEnabled = true;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        });
        var random = new Random(7);
        var organisations = Enumerable.Range(0, Math.Max(1, count / 10)).Select(_ => Guid.NewGuid()).ToArray();
        var offerings = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToArray();
        string[] topics = ["ki", "daten", "cloud", "it-sicherheit", "automatisierung"];
        var now = DateTimeOffset.UtcNow;
        var appended = 0;
        foreach (var chunk in organisations.Chunk(200))
        {
            await using var session = store.LightweightSession();
            foreach (var org in chunk)
            {
                session.Events.StartStream(Guid.CreateVersion7(), new OrganisationProfiled(org, "C", "small", "BB", now));
                appended++;
            }
            await session.SaveChangesAsync();
        }
        while (appended < count)
        {
            await using var session = store.LightweightSession();
            for (var i = 0; i < 500 && appended < count; i++, appended++)
            {
                var offering = offerings[random.Next(offerings.Length)];
                session.Events.StartStream(Guid.CreateVersion7(), new BookingConfirmed(Guid.NewGuid(), Guid.NewGuid(), offering, "experience-tour",
                    [topics[random.Next(topics.Length)], topics[random.Next(topics.Length)]], organisations[random.Next(organisations.Length)], 1,
                    now.AddMinutes(-random.Next(100_000))));
            }
            await session.SaveChangesAsync();
        }
    }
}
