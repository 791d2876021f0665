namespace Kompetenzzentrum.Modules.Networking.Introductions;

internal sealed record RecordMeeting(DateOnly? HeldOn);
