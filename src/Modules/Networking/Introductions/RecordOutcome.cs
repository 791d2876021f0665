namespace Kompetenzzentrum.Modules.Networking.Introductions;

internal sealed record RecordOutcome(IntroductionOutcome? Outcome, string? Reason);
