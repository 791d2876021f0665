using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Kompetenzzentrum.Host.Embedded;

/// <summary>
/// The embedded default database: a private PostgreSQL cluster in a data folder, created on first use
/// (initdb), started on a free loopback port and stopped with the host. Data stays between runs. As root it
/// runs the server as the 'postgres' user, since PostgreSQL refuses to run as root.
/// </summary>
internal sealed class EmbeddedPostgres : IDisposable
{
    private const string Superuser = "kz";
    private readonly string _bin;
    private readonly string _root;
    private readonly string? _runAs;
    private bool _stopped;

    private EmbeddedPostgres(string bin, string root, string? runAs)
    {
        _bin = bin;
        _root = root;
        _runAs = runAs;
    }

    public int Port { get; private set; }
    public string ConnectionString { get; private set; } = "";
    private string DataDirectory => Path.Combine(_root, "pgdata");
    private string PasswordFile => Path.Combine(_root, "password");

    /// <summary>Starts (creating if needed) the cluster under <paramref name="root"/> and ensures the database exists.</summary>
    public static EmbeddedPostgres Start(string root, string database, Action<string> log)
    {
        var bin = PostgresBinaries.Find() ?? throw new InvalidOperationException(PostgresBinaries.InstallHint);
        var runAs = Environment.IsPrivilegedProcess ? "postgres" : null;
        var server = new EmbeddedPostgres(bin, Path.GetFullPath(root), runAs);
        server.Initialise(log);
        server.Launch(log);
        server.EnsureDatabase(database);
        return server;
    }

    private void Initialise(Action<string> log)
    {
        PrivateFile.CreateFolder(_root);
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            PrivateFile.Narrow(PasswordFile);
            return;
        }
        log($"Creating the embedded PostgreSQL cluster in {DataDirectory} (first run)");
        PrivateFile.Write(PasswordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));
        GiveToServerUser(_root);
        Check(
            Pg("initdb", "-D", DataDirectory, "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={PasswordFile}", "-E", "UTF8", "--no-locale"),
            "initdb");
        // Loopback TCP only: no socket files, nothing reachable from outside the machine.
        File.AppendAllText(Path.Combine(DataDirectory, "postgresql.conf"),
            "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nmax_connections = 200\n");
    }

    private void Launch(Action<string> log)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (Pg("pg_ctl", "status", "-D", DataDirectory).ExitCode == 0 && File.Exists(pidFile))
        {
            // A host that was killed left its server running: adopt it.
            Port = int.Parse(File.ReadAllLines(pidFile)[3]);
            log($"Embedded PostgreSQL already running on port {Port}");
        }
        else
        {
            Port = FreePort();
            var logFile = Path.Combine(_root, "postgres.log");
            Check(Pg("pg_ctl", "start", "-D", DataDirectory, "-w", "-t", "60", "-l", logFile, "-o", $"-p {Port}"), "pg_ctl start");
            log($"Embedded PostgreSQL started on 127.0.0.1:{Port} (data: {DataDirectory})");
        }
        ConnectionString = Connection("postgres");
    }

    private void EnsureDatabase(string database)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"create database \"{database}\"", connection);
            create.ExecuteNonQuery();
        }
        ConnectionString = Connection(database);
    }

    private string Connection(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Password = File.ReadAllText(PasswordFile).Trim(),
        Database = database,
    }.ConnectionString;

    public void Stop()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        Pg("pg_ctl", "stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60");
    }

    public void Dispose() => Stop();

    private ProcessRunner.Outcome Pg(string program, params string[] arguments)
    {
        var path = Path.Combine(_bin, program);
        return _runAs is null
            ? ProcessRunner.Run(path, arguments, TimeSpan.FromSeconds(90))
            : ProcessRunner.Run("runuser", ["-u", _runAs, "--", path, .. arguments], TimeSpan.FromSeconds(90));
    }

    // initdb, running as the server user, reads the password file: it becomes that user's, still 0600.
    private void GiveToServerUser(string folder)
    {
        if (_runAs is not null)
        {
            Check(ProcessRunner.Run("chown", ["-R", $"{_runAs}:", folder], TimeSpan.FromSeconds(30)), "chown");
        }
    }

    private static void Check(ProcessRunner.Outcome outcome, string what)
    {
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed with exit code {outcome.ExitCode}: {outcome.Output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
