namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// Reads a signed-in member's own address for mail about what they did themselves (a booking's confirmation), so that
/// modules without access to accounts can write to the person who acted. Implemented by the module that owns accounts.
/// </summary>
public interface IMemberAddresses
{
    /// <summary>
    /// The account's e-mail address when it is confirmed; null for an unknown, erased or unconfirmed account.
    /// </summary>
    Task<string?> ConfirmedAsync(Guid accountId, CancellationToken cancellationToken);
}
