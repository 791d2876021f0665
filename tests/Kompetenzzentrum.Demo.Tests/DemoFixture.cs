using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Demo.Tests;

/// <summary>
/// The host with <c>Kompetenzzentrum:Demo=true</c> on a fresh database: it seeds the living demo once while it starts.
/// One fixture for all demo tests, since seeding is the expensive part.
/// </summary>
public sealed class DemoFixture : HostFixture
{
    public string PasswordsFile { get; } = Path.Combine(Path.GetTempPath(), $"kz-demo-test-{Guid.NewGuid():N}", "demo-passwords");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Kompetenzzentrum:Demo"] = "true",
        ["Kompetenzzentrum:DemoPasswordsPath"] = PasswordsFile,
    };

    /// <summary>The settings, for a second host on the same database.</summary>
    public IReadOnlyDictionary<string, string?> DemoSettings => Settings;

    /// <summary>One number from the database, e.g. <c>select count(*) …</c>.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The demo accounts' e-mail addresses and passwords, as the host wrote them.</summary>
    public IReadOnlyDictionary<string, string> Passwords() => File.ReadAllLines(PasswordsFile)
        .Select(line => line.Split(' ', 2))
        .ToDictionary(parts => parts[0], parts => parts[1]);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(PasswordsFile)!, recursive: true);
    }
}
