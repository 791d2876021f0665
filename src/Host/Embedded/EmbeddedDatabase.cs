using Kompetenzzentrum.Host.StartupChecks;

namespace Kompetenzzentrum.Host.Embedded;

/// <summary>Decides where the database comes from: the configured server, or the embedded default.</summary>
internal static class EmbeddedDatabase
{
    public const string ConnectionName = "Kompetenzzentrum";

    /// <summary>The connection string to use; starts the embedded cluster when none is configured.</summary>
    public static string Resolve(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var root = DataRoot(builder);
        EmbeddedPostgres server;
        try
        {
            server = EmbeddedPostgres.Start(root, "kompetenzzentrum", Console.WriteLine);
        }
        catch (InvalidOperationException ex)
        {
            // A clear sentence instead of a stack trace: the operator has something to install or configure.
            throw new ConfigurationError($"ConnectionStrings:{ConnectionName} is not set and the embedded database cannot start: {ex.Message}");
        }
        builder.Services.AddSingleton(server);
        OfferDemoAdministrator(builder, root);
        // Registered before everything else, so it is stopped after everything else.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(new StopWithHost(server)));
        return server.ConnectionString;
    }

    /// <summary>Where the embedded cluster and its password files live.</summary>
    public static string DataRoot(WebApplicationBuilder builder) => builder.Configuration["Embedded:DataPath"] is { Length: > 0 } path
        ? path
        : Path.Combine(RepositoryRoot(builder.Environment.ContentRootPath), ".data", "postgres");

    /// <summary>
    /// A fresh embedded installation gets a platform administrator, unless one is configured, with a random
    /// password kept beside the data folder, so that the first person can sign in and grant roles.
    /// </summary>
    private static void OfferDemoAdministrator(WebApplicationBuilder builder, string root)
    {
        const string Key = "Modules:organisations:BootstrapAdmin";
        if (!string.IsNullOrEmpty(builder.Configuration[$"{Key}:Email"]))
        {
            return;
        }
        var file = Path.Combine(root, "admin-password");
        if (File.Exists(file))
        {
            PrivateFile.Narrow(file);
        }
        else
        {
            PrivateFile.Write(file, "Kz-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(9)) + "!a");
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{Key}:Email"] = "admin@kompetenzzentrum.local",
            [$"{Key}:Password"] = File.ReadAllText(file).Trim(),
        });
        Console.WriteLine($"Administrator: admin@kompetenzzentrum.local, password in {file}");
    }

    internal static string RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kompetenzzentrum.sln")))
            {
                return dir.FullName;
            }
        }
        return start;
    }

    private sealed class StopWithHost(EmbeddedPostgres server) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            server.Stop();
            return Task.CompletedTask;
        }
    }
}
