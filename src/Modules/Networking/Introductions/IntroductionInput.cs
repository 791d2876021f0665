namespace Kompetenzzentrum.Modules.Networking.Introductions;

internal sealed record ProposeIntroduction(Guid? SmeId, Guid? StartupId);

internal sealed record DeclineIntroduction(string? Reason);

internal sealed record RecordMeeting(DateOnly? HeldOn);

internal sealed record RecordOutcome(IntroductionOutcome? Outcome, string? Reason);
