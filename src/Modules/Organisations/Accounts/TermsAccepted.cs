namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record TermsAccepted(Guid AccountId, string Version, DateTimeOffset At);
