using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Centers.Centers;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Centers.Upgrade;

/// <summary>
/// The first center on upgrade: at start, when no center exists, the host creates the default center from configuration
/// (<see cref="DefaultCenterSettings"/>), so that the data existing before centers has a home. Idempotent: a restart
/// finds a center and does nothing; two hosts starting at once both try the same stream id (<see cref="Id"/>) and the
/// second one's start of that stream is refused by the event store, which this treats as done.
/// </summary>
internal sealed class DefaultCenter(IConfiguration configuration, IDocumentStore store, TimeProvider clock, ILogger<DefaultCenter> log)
    : IHostedService
{
    /// <summary>The default center's stream id, the same on every host and every start.</summary>
    public static readonly Guid Id = Ids.Derived("centers-default-center", Guid.Empty);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<Center>().AnyAsync(cancellationToken))
        {
            return;
        }
        var result = await CenterHandlers.CreateAsync(Id, DefaultCenterSettings.Read(configuration), true, session, clock, cancellationToken);
        switch (result.Refusal)
        {
            case null:
                log.LogInformation("Created the default center {ShortName} for the existing data", result.Value.Center.Details.ShortName);
                break;
            case { Kind: RefusalKind.Invalid } invalid:
                log.LogError("The default center under {Section} is not valid ({Fields}); no center was created",
                    DefaultCenterSettings.Section, string.Join(", ", invalid.Fields.Select(f => $"{f.Field}: {f.Code}")));
                break;
            default:
                // Another host created it between our look and our save.
                break;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
