using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class SessionStorageTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_started_host_Then_session_documents_are_neither_compressed_nor_moved_out_before_a_page()
    {
        // Packed bookings hardly compress: pglz would try on every write past 2 KB and give up (STORAGE EXTERNAL
        // spares the attempt), and would move the document into the TOAST table from the same size on.
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();

        var storage = await Sql.ScalarAsync<string>(connection,
            "select attstorage::text from pg_attribute where attrelid = 'kz.mt_doc_sessionstate'::regclass and attname = 'data'");
        var options = await Sql.ScalarAsync<string[]>(connection, "select reloptions from pg_class where oid = 'kz.mt_doc_sessionstate'::regclass");

        Assert.Equal("e", storage);
        Assert.Contains("toast_tuple_target=8160", options);
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

        await BookAttendeesAsync(api, session, 100);

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
