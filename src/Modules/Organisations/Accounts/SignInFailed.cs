namespace Kompetenzzentrum.Modules.Organisations.Accounts;

internal sealed record SignInFailed(Guid AccountId, DateTimeOffset At);
