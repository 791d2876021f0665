using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Organisations.Tests.Tenancy;

/// <summary>
/// Conjoined event tenancy (docs/tenancy.md): a global document fed by a center's events (a multi-stream projection
/// grouping across tenants) is written once for the whole network, while the event keeps its center.
/// </summary>
public sealed class GlobalDocumentsAcrossCentersTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_a_participation_completed_in_a_center_Then_the_event_keeps_the_center_and_the_global_participant_is_written()
    {
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        var organisation = Guid.CreateVersion7();
        var stream = Guid.CreateVersion7();
        await using (var center = store.LightweightSession("lausitz"))
        {
            center.Events.StartStream(stream, new ParticipationCompleted(
                Guid.CreateVersion7(), null, Guid.CreateVersion7(), "experience-tour", ["daten"], organisation, DateTimeOffset.UtcNow));
            await center.SaveChangesAsync();
        }

        Assert.Equal(["lausitz"], await ListAsync($"select tenant_id from kz.mt_events where stream_id = '{stream}'"));
        Assert.Single(await ListAsync($"select id::text from kz.mt_doc_confirmedparticipant where id = '{organisation}'"));
        await using var query = store.QuerySession();
        Assert.Empty(await query.Events.FetchStreamAsync(stream));
    }

    private async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
