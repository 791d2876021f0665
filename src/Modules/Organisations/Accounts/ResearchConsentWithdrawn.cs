namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record ResearchConsentWithdrawn(Guid AccountId, DateTimeOffset At);
