using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// A shared booking transaction writes each row it changes once, as the row ends: the session's counters once, not
/// once per booking it carries. A trigger of the test's own database counts the writes per transaction.
/// </summary>
public sealed class SharedTransactionWritesTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_bookings_sharing_a_transaction_Then_it_writes_the_session_counters_once_and_each_booking_row_once()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 4);
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await Sql.ExecuteAsync(connection, """
            create table public.row_writes (tx bigint not null, tbl text not null, id uuid not null);
            create function public.count_row_write() returns trigger language plpgsql as
              $$ begin insert into public.row_writes values (txid_current(), tg_table_name, new.id); return new; end $$;
            create trigger count_seats after insert or update on kz.mt_doc_sessionseats for each row execute function public.count_row_write();
            create trigger count_bookings after insert or update on kz.mt_doc_sessionbooking for each row execute function public.count_row_write();
            """);

        Task<HttpResponseMessage>[] bookings;
        await using (var held = await HeldSessionLock.TakeAsync(host.ConnectionString, session))
        {
            bookings = [.. Enumerable.Range(0, 8).Select(_ => api.BookAsync(session, Guid.NewGuid()))];
            await held.WaitForWaiterAsync();
            await Task.Delay(500);
            await held.ReleaseAsync();
        }
        foreach (var booking in bookings)
        {
            await CatalogApi.Created(await booking);
        }

        var perTransaction = await Sql.ScalarAsync<string>(connection, """
            select string_agg(concat(bookings, '/', booking_rows, '/', seat_writes), ',' order by bookings desc) from (
              select count(*) filter (where tbl = 'mt_doc_sessionbooking') as bookings,
                     count(distinct id) filter (where tbl = 'mt_doc_sessionbooking') as booking_rows,
                     count(*) filter (where tbl = 'mt_doc_sessionseats') as seat_writes
              from public.row_writes group by tx) t
            """);
        var transactions = perTransaction.Split(',').Select(t => t.Split('/').Select(int.Parse).ToArray()).ToList();
        // The first transaction took what queued before the lane started; the rest waited and share the next.
        Assert.Contains(transactions, t => t[0] >= 2);
        Assert.Equal(8, transactions.Sum(t => t[0]));
        Assert.All(transactions, t => Assert.Equal([t[1], 1], [t[0], t[2]]));
    }
}
