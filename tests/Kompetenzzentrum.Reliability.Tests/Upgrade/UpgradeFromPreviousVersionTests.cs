using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Kompetenzzentrum.Reliability.Tests.Upgrade.PreviousVersionDatabase;

namespace Kompetenzzentrum.Reliability.Tests.Upgrade;

/// <summary>
/// Issue 32, "existing data becomes the first center": today's host starts on a database seeded by the previous
/// version (single-tenanted events), migrates it to conjoined tenancy at start and loses nothing.
/// </summary>
[Collection(Faults.Name)]
public sealed class UpgradeFromPreviousVersionTests
{
    private const string DefaultTenant = "*DEFAULT*";

    [Fact]
    public async Task Given_a_database_of_the_previous_version_When_todays_host_starts_Then_every_event_and_document_is_kept_in_the_default_center()
    {
        var connectionString = await TestServer.CreateDatabaseAsync();
        try
        {
            await RestoreAsync(connectionString);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var before = await CountsAsync(connection);
            var eventIds = await ListAsync<Guid>(connection, $"select id from {Schema}.mt_events");
            var session = await ListAsync<Guid>(connection,
                $"select CAST(data ->> 'sessionId' as uuid) from {Schema}.mt_doc_sessionbooking group by 1 order by count(*) desc limit 1");
            var organisation = await ListAsync<Guid>(connection, $"select id from {Schema}.mt_doc_organisation order by id limit 1");
            Assert.True(eventIds.Count > 5000, $"the dump holds {eventIds.Count} events");
            Assert.True(before["mt_doc_sessionbooking"] > 100 && before["mt_doc_organisation"] > 100);

            await using var factory = new KompetenzzentrumFactory(connectionString, new Dictionary<string, string?>());
            _ = factory.Server;

            // Every event is still there and readable through Marten in the default center's session.
            var store = factory.Services.GetRequiredService<IDocumentStore>();
            await using (var query = store.QuerySession())
            {
                var events = await query.Events.QueryAllRawEvents().ToListAsync();
                Assert.Empty(eventIds.Except(events.Select(e => e.Id)));
                Assert.All(events, e => Assert.Equal(DefaultTenant, e.TenantId));
                Assert.All(events, e => Assert.NotNull(e.Data));
            }
            foreach (var table in new[] { "mt_events", "mt_streams", "mt_doc_sessionbooking", "mt_doc_catalogentry" })
            {
                Assert.Equal([DefaultTenant], await ListAsync<string>(connection, $"select distinct tenant_id from {Schema}.{table}"));
            }

            // The documents are readable over the API: a seeded organisation, and every booking of a seeded session.
            using var client = factory.CreateClient();
            Staff.Authorised(client, await Staff.SignInAsync(client));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/organisations/{organisation[0]}")).StatusCode);
            var bookings = await client.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session[0]}/bookings");
            var seeded = await ListAsync<long>(connection,
                $"select count(*) from {Schema}.mt_doc_sessionbooking where data ->> 'sessionId' = '{session[0]}'");
            Assert.Equal(seeded[0], Items(bookings).GetArrayLength());

            // A new booking works, and lands in the default center.
            var fresh = await Staff.SessionAsync(client, capacity: 5, TimeSpan.FromDays(7));
            var booked = await Staff.BookAsync(client, fresh, organisation[0], Guid.NewGuid().ToString("N"));
            Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
            Assert.Equal([DefaultTenant], await ListAsync<string>(connection,
                $"select tenant_id from {Schema}.mt_doc_sessionbooking where data ->> 'sessionId' = '{fresh}'"));

            // Nothing lost: no table has fewer rows than before the upgrade.
            var after = await CountsAsync(connection);
            Assert.All(before, table => Assert.True(after[table.Key] >= table.Value,
                $"{table.Key}: {table.Value} rows before, {after[table.Key]} after"));
            Assert.Equal(before["mt_doc_sessionbooking"] + 1, after["mt_doc_sessionbooking"]);
        }
        finally
        {
            await TestServer.DropDatabaseAsync(connectionString);
        }
    }

    private static JsonElement Items(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Array ? answer : answer.GetProperty("items");
}
