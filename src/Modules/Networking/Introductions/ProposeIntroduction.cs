namespace Kompetenzzentrum.Modules.Networking.Introductions;

internal sealed record ProposeIntroduction(Guid? SmeId, Guid? StartupId);
