using System.Diagnostics;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Reliability.Tests;

/// <summary>
/// A PostgreSQL cluster of the test's own on a fixed loopback port, so the test can stop and start the server
/// under a running host. Runs as the postgres user when the tests run as root (initdb refuses root).
/// </summary>
internal sealed class PrivateCluster : IDisposable
{
    private readonly string _bin;
    private readonly string _root;

    private PrivateCluster(string bin, string root, int port)
    {
        _bin = bin;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    private string Data => Path.Combine(_root, "data");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            Timeout = 5,
        }.ConnectionString;

    public static PrivateCluster Create()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
                ?? throw new InvalidOperationException("PostgreSQL server binaries are missing");
        var root = Path.Combine(Path.GetTempPath(), "kz-fault-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var cluster = new PrivateCluster(bin, root, HostProcess.FreePort());
        if (Environment.IsPrivilegedProcess)
        {
            Run("chown", "-R", "postgres:", root);
        }
        cluster.Pg("initdb", "-D", cluster.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale");
        File.AppendAllText(Path.Combine(cluster.Data, "postgresql.conf"),
            $"\nlisten_addresses = '127.0.0.1'\nport = {cluster.Port}\nunix_socket_directories = ''\nmax_connections = 200\nfsync = off\n");
        cluster.Start();
        using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        connection.Open();
        using var create = new NpgsqlCommand("create database kz", connection);
        create.ExecuteNonQuery();
        return cluster;
    }

    public void Start() => Pg("pg_ctl", "start", "-D", Data, "-w", "-t", "60", "-l", Path.Combine(_root, "postgres.log"));

    public void Stop() => Pg("pg_ctl", "stop", "-D", Data, "-m", "fast", "-w", "-t", "60");

    public void Dispose()
    {
        try
        {
            Pg("pg_ctl", "stop", "-D", Data, "-m", "immediate", "-w", "-t", "30");
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
        Directory.Delete(_root, recursive: true);
    }

    private void Pg(string program, params string[] arguments)
    {
        var path = Path.Combine(_bin, program);
        if (Environment.IsPrivilegedProcess)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(90_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {output.Result}{error.Result}");
        }
    }
}
