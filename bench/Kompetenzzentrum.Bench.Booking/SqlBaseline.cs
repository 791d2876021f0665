using Npgsql;

namespace Kompetenzzentrum.Bench.Booking;

/// <summary>
/// The baseline: the same seat check in plain SQL. One transaction per booking locks the session's seats row
/// (SELECT ... FOR UPDATE), confirms when a seat is free and else waitlists, and records the booking.
/// </summary>
internal sealed class SqlBaseline(NpgsqlDataSource data)
{
    public async Task PrepareAsync(int sessions, int capacity)
    {
        await using var command = data.CreateCommand($"""
            drop schema if exists bench cascade;
            create schema bench;
            create table bench.seats (session_id int primary key, capacity int not null, taken int not null default 0);
            create table bench.bookings (id uuid primary key, session_id int not null references bench.seats, organisation_id uuid not null,
                status text not null, booked_at timestamptz not null default now(), unique (session_id, organisation_id));
            insert into bench.seats (session_id, capacity) select s, {capacity} from generate_series(0, {sessions - 1}) s;
            """);
        await command.ExecuteNonQueryAsync();
    }

    public async Task BookAsync(int session)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var check = new NpgsqlCommand("select capacity - taken from bench.seats where session_id = $1 for update", connection,
            transaction)
        {
            Parameters = { new() { Value = session } },
        };
        var free = (int)(await check.ExecuteScalarAsync())!;
        var status = free > 0 ? "confirmed" : "waitlisted";
        await using var insert = new NpgsqlCommand("insert into bench.bookings (id, session_id, organisation_id, status) values ($1, $2, $3, $4)",
            connection, transaction)
        {
            Parameters = { new() { Value = Guid.CreateVersion7() }, new() { Value = session }, new() { Value = Guid.NewGuid() },
                new() { Value = status } },
        };
        await insert.ExecuteNonQueryAsync();
        if (free > 0)
        {
            await using var take = new NpgsqlCommand("update bench.seats set taken = taken + 1 where session_id = $1", connection, transaction)
            {
                Parameters = { new() { Value = session } },
            };
            await take.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
