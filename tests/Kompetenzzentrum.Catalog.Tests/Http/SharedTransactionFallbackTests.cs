using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// Bookings that share a transaction (<c>BookingBatches</c>) must survive that transaction failing: nothing of it is
/// written and each of its requests is booked on its own. The failure is real: a trigger makes PostgreSQL refuse the
/// first transaction that appends two bookings to the test's session.
/// </summary>
[Collection(CatalogHost.Name)]
public sealed class SharedTransactionFallbackTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_shared_transaction_that_fails_Then_each_of_its_bookings_is_booked_on_its_own_exactly_once()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 4);
        var name = $"kz_test_fail_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await Sql.ExecuteAsync(connection, FailOnce(name, session));
        try
        {
            // Hold the session's stream lock, so the lane's first transaction waits and the other requests queue
            // up behind it: the next transaction then carries several bookings.
            await using var held = await HeldSessionLock.TakeAsync(host.ConnectionString, session);
            using var start = new SemaphoreSlim(0);
            var organisations = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
            var requests = organisations.Select(async organisation =>
            {
                await start.WaitAsync();
                return await CatalogApi.Created(await api.BookAsync(session, organisation));
            }).ToList();
            start.Release(organisations.Count);
            await held.WaitForWaiterAsync();
            await Task.Delay(300);
            await held.ReleaseAsync();
            var answers = await Task.WhenAll(requests);

            Assert.True(await Sql.ScalarAsync<bool>(connection, $"select is_called from {name}"),
                "no transaction carried two bookings, so none failed");
            Assert.Equal(4, answers.Count(a => a.GetProperty("status").GetString() == "confirmed"));
            Assert.Equal([1, 2, 3, 4, 5, 6], answers.Where(a => a.GetProperty("status").GetString() == "waitlisted")
                .Select(a => a.GetProperty("waitlistPosition").GetInt32()).Order());
            var stored = await Sql.ScalarAsync<long>(connection,
                "select count(*) from kz.mt_events where stream_id = $1 and type in ('booking_confirmed', 'booking_waitlisted')", session);
            Assert.Equal(organisations.Count, stored);
            var bookedOrganisations = await Sql.ScalarAsync<long>(connection,
                "select count(distinct data ->> 'organisationId') from kz.mt_events "
                + "where stream_id = $1 and type in ('booking_confirmed', 'booking_waitlisted')", session);
            Assert.Equal(organisations.Count, bookedOrganisations);
        }
        finally
        {
            await Sql.ExecuteAsync(connection, $"drop trigger {name} on kz.mt_events; drop function kz.{name}(); drop sequence {name}");
        }
    }

    // The sequence counts outside the transaction, so the refusal happens once even though the failed transaction
    // rolls back; a booking alone appends one event to the stream and is never refused.
    private static string FailOnce(string name, Guid session) => $"""
        create sequence {name};
        create function kz.{name}() returns trigger language plpgsql as $$
        begin
            if new.stream_id = '{session}' and new.type in ('booking_confirmed', 'booking_waitlisted')
               and exists (select 1 from kz.mt_events e where e.stream_id = new.stream_id
                           and e.type in ('booking_confirmed', 'booking_waitlisted')
                           and e.xmin::text::bigint = (txid_current() & 4294967295))
               and nextval('{name}') = 1 then
                raise exception 'test: the shared booking transaction fails once';
            end if;
            return new;
        end $$;
        create trigger {name} before insert on kz.mt_events for each row execute function kz.{name}();
        """;
}
