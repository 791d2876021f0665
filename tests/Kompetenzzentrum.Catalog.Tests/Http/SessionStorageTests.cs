using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class SessionStorageTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_session_with_many_bookings_When_its_document_is_stored_Then_the_json_is_kept_uncompressed()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        await BookAttendeesAsync(api, session, 40);

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select pg_column_size(data), octet_length(data::text), pg_column_compression(data) from kz.mt_doc_sessionstate where id = $1", connection)
        {
            Parameters = { new() { Value = session } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        // Large enough that PostgreSQL would have compressed it with the default storage.
        Assert.True(reader.GetInt32(1) > 2500, $"the document is only {reader.GetInt32(1)} bytes");
        Assert.True(reader.IsDBNull(2), $"the document is stored compressed ({reader.GetValue(2)})");
    }

    [Fact]
    public async Task Given_a_session_document_below_a_page_When_it_is_stored_Then_it_stays_in_the_table_instead_of_toast()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var toast = await Sql.ScalarAsync<string>(connection, "select reltoastrelid::regclass::text from pg_class where oid = 'kz.mt_doc_sessionstate'::regclass");
        var chunksBefore = await Sql.ScalarAsync<long>(connection, $"select count(*) from {toast}");

        await BookAttendeesAsync(api, session, 40);

        var size = await Sql.ScalarAsync<int>(connection, "select octet_length(data::text) from kz.mt_doc_sessionstate where id = $1", session);
        // Past the default 2 KB PostgreSQL would have moved it into the TOAST table, chunk by chunk.
        Assert.InRange(size, 2500, 8000);
        Assert.Equal(chunksBefore, await Sql.ScalarAsync<long>(connection, $"select count(*) from {toast}"));
    }

    // One booking per attendee, each by its own organisation: the session's document grows by one entry each.
    private static async Task BookAttendeesAsync(CatalogApi api, Guid session, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), null, $"Teilnehmerin {i}"));
        }
    }
}
