using Npgsql;

namespace Kompetenzzentrum.Host.StartupChecks;

/// <summary>
/// The configured connection string, checked before anything uses it: it must parse and name a host and a
/// database, and the server must accept a connection within <c>Database:StartupWaitSeconds</c> (default 30;
/// a server still starting, as in compose or a Kubernetes rollout, is waited for). Each failure is one sentence
/// naming the setting and never the password.
/// </summary>
internal static class DatabaseCheck
{
    public const string Setting = "ConnectionStrings:Kompetenzzentrum";

    public static void Verify(string connectionString, IConfiguration configuration, TimeProvider clock)
    {
        var builder = Parse(connectionString);
        var wait = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue<double?>("Database:StartupWaitSeconds") ?? 30));
        WaitUntilReachable(builder, wait, clock);
    }

    private static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationError($"{Setting} is not a PostgreSQL connection string ({ex.Message}); "
                + "expected e.g. 'Host=db;Database=kompetenzzentrum;Username=kz;Password=…'.");
        }
        string[] missing = [.. new[] { ("Host", builder.Host), ("Database", builder.Database) }
            .Where(part => string.IsNullOrWhiteSpace(part.Item2)).Select(part => part.Item1)];
        if (missing.Length > 0)
        {
            throw new ConfigurationError($"{Setting} names no {string.Join(" and no ", missing)}; "
                + "expected e.g. 'Host=db;Database=kompetenzzentrum;Username=kz;Password=…'.");
        }
        return builder;
    }

    private static void WaitUntilReachable(NpgsqlConnectionStringBuilder configured, TimeSpan wait, TimeProvider clock)
    {
        // A connection of its own, not pooled: the check must not leave an idle server connection behind.
        var probe = new NpgsqlConnectionStringBuilder(configured.ConnectionString) { Pooling = false };
        var started = clock.GetTimestamp();
        while (true)
        {
            try
            {
                using var connection = new NpgsqlConnection(probe.ConnectionString);
                connection.Open();
                return;
            }
            catch (NpgsqlException ex) when (ex.IsTransient && clock.GetElapsedTime(started) < wait)
            {
                Thread.Sleep(TimeSpan.FromSeconds(1)); // the server may still be starting
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                throw new ConfigurationError($"PostgreSQL at {configured.Host}:{configured.Port} (database '{configured.Database}', "
                    + $"user '{configured.Username}', from {Setting}) cannot be used: {Reason(ex)}.");
            }
        }
    }

    // The innermost cause says it best: "Connection refused", "password authentication failed for user …".
    private static string Reason(Exception ex)
    {
        if (ex is PostgresException postgres)
        {
            return postgres.MessageText.TrimEnd('.');
        }
        var inner = ex;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }
        return inner.Message.TrimEnd('.');
    }
}
