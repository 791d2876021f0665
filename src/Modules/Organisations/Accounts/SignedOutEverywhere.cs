namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>Every session of the account was signed out.</summary>
internal sealed record SignedOutEverywhere(Guid AccountId, DateTimeOffset At);
