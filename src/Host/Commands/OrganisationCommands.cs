using System.Text.Json;
using Kompetenzzentrum.Contracts.Privacy;

namespace Kompetenzzentrum.Host.Commands;

/// <summary><c>org-export &lt;id&gt; &lt;file&gt;</c> and <c>org-erase &lt;id&gt;</c>: an organisation's data export and erasure.</summary>
internal static class OrganisationCommands
{
    public const string Export = "org-export";
    public const string Erase = "org-erase";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> ExportAsync(WebApplication app, string[] args)
    {
        if (args.Length != 2 || !Guid.TryParse(args[0], out var id))
        {
            return Usage($"Usage: {Export} <organisation id> <file>");
        }
        var privacy = Privacy(app);
        if (privacy is null)
        {
            return Usage("The organisations module is not loaded, so there is nothing to export.");
        }
        var export = await privacy.ExportAsync(id, CancellationToken.None);
        if (export is null)
        {
            return Usage($"There is no organisation {id}.");
        }
        await File.WriteAllBytesAsync(args[1], JsonSerializer.SerializeToUtf8Bytes(export, Json));
        Console.WriteLine($"Organisation {id} exported to {Path.GetFullPath(args[1])}.");
        return 0;
    }

    public static async Task<int> EraseAsync(WebApplication app, string[] args)
    {
        if (args.Length != 1 || !Guid.TryParse(args[0], out var id))
        {
            return Usage($"Usage: {Erase} <organisation id>");
        }
        var privacy = Privacy(app);
        if (privacy is null)
        {
            return Usage("The organisations module is not loaded, so there is nothing to erase.");
        }
        if (!await privacy.EraseAsync(id, CancellationToken.None))
        {
            return Usage($"There is no organisation {id} (or it was erased already).");
        }
        Console.WriteLine($"Organisation {id} and its members are erased.");
        return 0;
    }

    private static IOrganisationPrivacy? Privacy(WebApplication app) => app.Services.GetService<IOrganisationPrivacy>();

    private static int Usage(string sentence)
    {
        Console.Error.WriteLine(sentence);
        return 1;
    }
}
