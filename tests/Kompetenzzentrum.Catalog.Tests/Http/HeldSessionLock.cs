using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// Holds a session's seats row lock the way a booking transaction does, so that the booking lane's next transaction
/// waits for it and the requests after it queue up.
/// </summary>
internal sealed class HeldSessionLock : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private HeldSessionLock(string connectionString, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        (_connectionString, _connection, _transaction) = (connectionString, connection, transaction);

    public static async Task<HeldSessionLock> TakeAsync(string connectionString, Guid session)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await Sql.ExecuteAsync(connection, "select 1 from kz.mt_doc_sessionseats where id = $1 for update", session);
        return new HeldSessionLock(connectionString, connection, transaction);
    }

    /// <summary>Waits until some transaction of the test's database waits for a lock (the lane's, for this one).</summary>
    public async Task WaitForWaiterAsync()
    {
        // Not the open connection's ConnectionString: Npgsql leaves the password out of it, and the embedded server asks for one.
        await using var probe = new NpgsqlConnection(_connectionString);
        await probe.OpenAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await Sql.ScalarAsync<long>(probe,
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'") == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "the lane never waited for the held session lock");
            await Task.Delay(20);
        }
    }

    public Task ReleaseAsync() => _transaction.RollbackAsync();

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>Plain SQL for tests that look at or change what the host stored.</summary>
internal static class Sql
{
    /// <summary>Runs a statement; <paramref name="values"/> fill <c>$1</c>, <c>$2</c> … in order.</summary>
    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row; <paramref name="values"/> fill <c>$1</c>, <c>$2</c> … in order.</summary>
    public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return command;
    }
}
