using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Creates the first platform administrator from configuration (<c>Modules:organisations:BootstrapAdmin:Email</c>
/// and <c>:Password</c>) when no account has that address, so a fresh installation can be administered.
/// </summary>
internal sealed class BootstrapAdmin(IConfiguration configuration, IDocumentStore store, IPasswordHasher<Account> hasher, TimeProvider clock)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var email = configuration["BootstrapAdmin:Email"]?.Trim().ToLowerInvariant();
        var password = configuration["BootstrapAdmin:Password"];
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password))
        {
            return;
        }
        await using var session = store.LightweightSession();
        if (await AccountEndpoints.FindAsync(session, email, cancellationToken) is not null)
        {
            return;
        }
        var id = Ids.New(clock);
        var now = clock.GetUtcNow();
        session.Events.StartStream(id,
            new AccountRegistered(id, email, "Administration", hasher.HashPassword(new Account { Id = id }, password), "", now),
            new EmailConfirmed(id, now),
            new RoleGranted(id, Roles.PlatformAdmin, null));
        await session.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
