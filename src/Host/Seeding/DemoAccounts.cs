using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Host.Embedded;

namespace Kompetenzzentrum.Host.Seeding;

/// <summary>
/// Whether the demo is seeded, and its accounts: one per role, with random passwords kept in a file readable by its
/// owner only (the rules of the administrator's password file), handed to the organisations module through its
/// configuration (<c>Modules:organisations:DemoAccounts:&lt;role&gt;:Email</c> and <c>:Password</c>) and printed at start.
/// </summary>
internal static class DemoAccounts
{
    public const string Domain = "demo.kompetenzzentrum.local";

    /// <summary>
    /// <c>Kompetenzzentrum:Demo</c> (older name <c>SeedDemoData</c>) when set; otherwise on for the embedded default database
    /// only, never for a configured one.
    /// </summary>
    public static bool IsOn(IConfiguration configuration, bool embedded) =>
        configuration.GetValue<bool?>("Kompetenzzentrum:Demo") ?? configuration.GetValue<bool?>("Kompetenzzentrum:SeedDemoData") ?? embedded;

    public static void Offer(WebApplicationBuilder builder, bool embedded)
    {
        var configuration = builder.Configuration;
        var file = configuration["Kompetenzzentrum:DemoPasswordsPath"] is { Length: > 0 } configured
            ? configured
            : embedded
                ? Path.Combine(EmbeddedDatabase.DataRoot(builder), "demo-passwords")
                : Path.Combine(EmbeddedDatabase.RepositoryRoot(builder.Environment.ContentRootPath), ".data", "demo-passwords");
        var passwords = Read(file);
        if (Roles.All.Any(role => !passwords.ContainsKey(role)))
        {
            foreach (var role in Roles.All.Where(role => !passwords.ContainsKey(role)))
            {
                passwords[role] = "Kz-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(9)) + "!a";
            }
            PrivateFolder(file);
            PrivateFile.Write(file, string.Join('\n', Roles.All.Select(role => $"{EmailOf(role)} {passwords[role]}")) + "\n");
        }
        else
        {
            PrivateFile.Narrow(file);
        }
        configuration.AddInMemoryCollection(Roles.All.SelectMany(role => new[]
        {
            KeyValuePair.Create<string, string?>($"Modules:organisations:DemoAccounts:{role}:Email", EmailOf(role)),
            KeyValuePair.Create<string, string?>($"Modules:organisations:DemoAccounts:{role}:Password", passwords[role]),
        }));
        Console.WriteLine($"Demo accounts (passwords also in {file}):");
        foreach (var role in Roles.All)
        {
            Console.WriteLine($"  {role,-20} {EmailOf(role),-45} {passwords[role]}");
        }
    }

    public static string EmailOf(string role) => $"{role}@{Domain}";

    private static Dictionary<string, string> Read(string file)
    {
        var passwords = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return passwords;
        }
        foreach (var line in File.ReadAllLines(file))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && Roles.All.FirstOrDefault(r => EmailOf(r) == parts[0]) is { } role)
            {
                passwords[role] = parts[1];
            }
        }
        return passwords;
    }

    private static void PrivateFolder(string file)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            PrivateFile.CreateFolder(folder);
        }
    }
}
