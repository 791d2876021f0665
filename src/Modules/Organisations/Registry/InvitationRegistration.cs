using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>
/// An invited person without an account registers and joins in one step. The invitation's code came by mail to the
/// invited address, so it proves the address as the confirmation code would: the account starts confirmed.
/// </summary>
internal static class InvitationRegistration
{
    public const string SignInInstead = "organisations.invitation.sign-in-instead";

    /// <summary>The new account's id, or why not (the invitation's refusals, the registration's field errors).</summary>
    public static async Task<Result<Guid>> RegisterAndJoinAsync(
        Guid organisationId, string? token, AccountEndpoints.Register body, IDocumentSession session, IPasswordHasher<Account> hasher,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var found = InvitationHandlers.Decide(await session.LoadAsync<Organisation>(organisationId, ct), token, now);
        if (found.Refusal is { } invalid)
        {
            return invalid;
        }
        var email = found.Value.Invitation.Email;
        var register = body with { Email = email };
        if (RegistrationDecider.Check(register) is { } refusal)
        {
            return refusal;
        }
        // Only the holder of the code gets here, so saying that the invited address has an account tells nobody else anything.
        if (await AccountEndpoints.FindAsync(session, email, ct) is not null)
        {
            return Refusal.Conflict(SignInInstead);
        }
        var id = Ids.New(clock);
        var hash = hasher.HashPassword(new Account { Id = id }, body.Password!);
        var unused = Secrets.Hash(Secrets.NewToken()); // never mailed: the address is confirmed at once
        session.Events.StartStream(id, [.. RegistrationDecider.Register(register, id, email, hash, unused, now), new EmailConfirmed(id, now)]);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex.ToString().Contains("23505", StringComparison.Ordinal))
        {
            return Refusal.Conflict(SignInInstead); // registered meanwhile (a second tab)
        }
        return await InvitationHandlers.AcceptAsync(id, organisationId, token, session, clock, ct) is { } notJoined ? notJoined : id;
    }
}
