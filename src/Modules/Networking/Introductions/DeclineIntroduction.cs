namespace Kompetenzzentrum.Modules.Networking.Introductions;

internal sealed record DeclineIntroduction(string? Reason);
