using JasperFx;

namespace Kompetenzzentrum.Host.Commands;

/// <summary>
/// The host's command line: <c>dotnet Kompetenzzentrum.Host.dll &lt;command&gt;</c>. Without a command (or with only
/// options such as <c>--urls</c>) the web host runs as before. The organisation commands are the host's own; every other
/// command goes to JasperFx, which brings Marten's (<c>db-apply</c>, <c>db-assert</c>, <c>projections</c>, <c>describe</c>,
/// <c>check-env</c>, <c>help</c>).
/// </summary>
internal static class HostCommands
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            await app.RunAsync();
            return 0;
        }
        return args[0] switch
        {
            OrganisationCommands.Export => await OrganisationCommands.ExportAsync(app, args[1..]),
            OrganisationCommands.Erase => await OrganisationCommands.EraseAsync(app, args[1..]),
            _ => await app.RunJasperFxCommands(args),
        };
    }
}
