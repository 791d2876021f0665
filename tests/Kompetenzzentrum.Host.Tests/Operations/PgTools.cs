using Kompetenzzentrum.Host.Embedded;
using Npgsql;

namespace Kompetenzzentrum.Host.Tests.Operations;

/// <summary>pg_dump and pg_restore run as docs/operations.md tells operators to run them.</summary>
internal static class PgTools
{
    public static void Dump(string connectionString, string file) =>
        Run("pg_dump", [.. Target(connectionString), "--format=custom", "--no-owner", "--file=" + file]);

    public static void Restore(string file, string connectionString) =>
        Run("pg_restore", [.. Target(connectionString), "--no-owner", "--exit-on-error", file]);

    /// <summary>
    /// The database as one libpq connection string, password included when there is one (the embedded server has one,
    /// a CI server trusts the loopback), so pg_dump never stops to ask for it.
    /// </summary>
    private static IEnumerable<string> Target(string connectionString)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var parts = new List<string> { "host=" + Quote(c.Host!), "port=" + c.Port, "user=" + Quote(c.Username!), "dbname=" + Quote(c.Database!) };
        if (!string.IsNullOrEmpty(c.Password))
        {
            parts.Add("password=" + Quote(c.Password));
        }
        return ["--dbname=" + string.Join(' ', parts)];
    }

    private static string Quote(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static void Run(string program, IEnumerable<string> arguments)
    {
        var bin = PostgresBinaries.Find() ?? throw new InvalidOperationException(PostgresBinaries.InstallHint);
        var outcome = ProcessRunner.Run(Path.Combine(bin, program), arguments, TimeSpan.FromMinutes(2));
        Assert.True(outcome.ExitCode == 0, $"{program} exited with {outcome.ExitCode}: {outcome.Output}");
    }
}
