namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>The body of a merge: the organisation merged into the one in the address.</summary>
internal sealed record MergeRequest(Guid? DuplicateId);

/// <summary>The body of "not a duplicate": the two organisations of the pair.</summary>
internal sealed record DismissRequest(Guid? FirstId, Guid? SecondId);

/// <summary>What a merge did: the survivor's new version and what moved to it.</summary>
internal sealed record MergeOutcome(Guid SurvivorId, Guid DuplicateId, int MembersMoved, int ChecksMoved, long Version);
