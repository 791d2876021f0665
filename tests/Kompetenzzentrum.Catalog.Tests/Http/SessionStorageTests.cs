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
        for (var i = 0; i < 40; i++)
        {
            await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), null, $"Teilnehmerin {i}"));
        }

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
}
