namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>The account's personal data was erased (GDPR Art. 17); the event itself holds none.</summary>
internal sealed record AccountErased(Guid AccountId, DateTimeOffset At);
