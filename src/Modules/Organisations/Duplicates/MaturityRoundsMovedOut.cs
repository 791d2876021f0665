using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>A merge took the duplicate's check rounds (on the duplicate's check stream): its history is empty now.</summary>
internal sealed record MaturityRoundsMovedOut(Guid OrganisationId, Guid SurvivorId);

/// <summary>A merge brought the duplicate's check rounds to the survivor (on the survivor's check stream).</summary>
internal sealed record MaturityRoundsMovedIn(Guid OrganisationId, Guid DuplicateId, IReadOnlyList<MaturityRound> Rounds);
