using Kompetenzzentrum.Host.Embedded;
using Microsoft.AspNetCore.Builder;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>
/// The embedded default keeps two secrets on disk: the cluster's superuser password and the demo
/// administrator's password. Another account on the machine must not read them, whoever started the host
/// (as root the cluster runs as 'postgres', which then owns its password file).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretFileTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public void Given_a_fresh_embedded_installation_Then_both_password_files_are_readable_by_their_owner_only()
    {
        var parent = Path.Combine(Path.GetTempPath(), "kz-secrets-" + Guid.NewGuid().ToString("N")[..8]);
        var root = Path.Combine(parent, "postgres");
        try
        {
            Start(root);

            Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(root, "password")));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(root, "admin-password")));
            Assert.Equal(OwnerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(root));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void Given_password_files_left_readable_by_others_When_the_host_starts_again_Then_they_are_narrowed_to_their_owner()
    {
        var parent = Path.Combine(Path.GetTempPath(), "kz-secrets-" + Guid.NewGuid().ToString("N")[..8]);
        var root = Path.Combine(parent, "postgres");
        try
        {
            Start(root);
            const UnixFileMode open = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            File.SetUnixFileMode(Path.Combine(root, "password"), open);
            File.SetUnixFileMode(Path.Combine(root, "admin-password"), open);

            Start(root);

            Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(root, "password")));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(root, "admin-password")));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    // What the host does at start without a connection string: start the cluster, offer the demo administrator.
    private static void Start(string root)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration["ConnectionStrings:" + EmbeddedDatabase.ConnectionName] = "";
        builder.Configuration["Embedded:DataPath"] = root;
        builder.Configuration["Modules:organisations:BootstrapAdmin:Email"] = "";
        EmbeddedDatabase.Resolve(builder);
        var server = (EmbeddedPostgres)builder.Services.Single(d => d.ServiceType == typeof(EmbeddedPostgres)).ImplementationInstance!;
        server.Stop();
    }
}
