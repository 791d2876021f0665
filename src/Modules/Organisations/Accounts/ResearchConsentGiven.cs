namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record ResearchConsentGiven(Guid AccountId, string Version, DateTimeOffset At);
