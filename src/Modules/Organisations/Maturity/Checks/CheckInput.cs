namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>Answers to one version of the check, keyed by question id. Without a version, the current one.</summary>
internal sealed record CheckInput(int? Version, Dictionary<string, int>? Answers);
