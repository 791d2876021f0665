using System.Diagnostics;
using System.IO.Compression;
using Npgsql;

namespace Kompetenzzentrum.Reliability.Tests.Upgrade;

/// <summary>
/// A database of the previous version (before conjoined tenancy), restored from <c>previous-version.sql.gz</c>
/// (made by <c>make-previous-version.sh</c>) into a fresh database with <c>psql</c>.
/// </summary>
internal static class PreviousVersionDatabase
{
    public const string Schema = "kz";

    public static async Task RestoreAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(Psql(),
            ["-h", target.Host!, "-p", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", target.Username!,
                "-d", target.Database!, "-q", "-v", "ON_ERROR_STOP=1"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var psql = Process.Start(info) ?? throw new InvalidOperationException("psql did not start");
        var output = psql.StandardOutput.ReadToEndAsync();
        var errors = psql.StandardError.ReadToEndAsync();
        var dump = Path.Combine(AppContext.BaseDirectory, "Upgrade", "previous-version.sql.gz");
        await using (var file = File.OpenRead(dump))
        await using (var sql = new GZipStream(file, CompressionMode.Decompress))
        {
            await sql.CopyToAsync(psql.StandardInput.BaseStream);
        }
        psql.StandardInput.Close();
        await psql.WaitForExitAsync();
        if (psql.ExitCode != 0)
        {
            throw new InvalidOperationException($"psql failed ({psql.ExitCode}): {await output}{await errors}");
        }
    }

    /// <summary>The row count of every table in our schema.</summary>
    public static async Task<Dictionary<string, long>> CountsAsync(NpgsqlConnection connection)
    {
        var tables = await ListAsync<string>(connection,
            $"select table_name from information_schema.tables where table_schema = '{Schema}' and table_type = 'BASE TABLE'");
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table] = (await ListAsync<long>(connection, $"select count(*) from {Schema}.{table}"))[0];
        }
        return counts;
    }

    public static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }
        return rows;
    }

    private static string Psql() =>
        new[] { "/usr/bin/psql" }
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "psql"))
                : [])
            .FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("psql is missing");
}
