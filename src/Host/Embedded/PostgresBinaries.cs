namespace Kompetenzzentrum.Host.Embedded;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) on this machine.</summary>
internal static class PostgresBinaries
{
    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them, e.g. 'sudo apt-get install postgresql' " +
        "on Debian/Ubuntu or 'brew install postgresql' on macOS, or set KZ_PG_BIN to their folder, " +
        "or give a connection string in ConnectionStrings:Kompetenzzentrum to use an existing server.";

    public static string? Find()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("KZ_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        candidates.AddRange(["/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin"]);
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }
}
