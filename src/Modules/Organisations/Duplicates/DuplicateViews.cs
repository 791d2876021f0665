namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>One side of a proposed pair, with what would move if it were merged away.</summary>
internal sealed record DuplicateSide(
    Guid Id,
    string Name,
    string Kind,
    string Postcode,
    string FederalState,
    IReadOnlyList<string> Domains,
    int Members,
    int Bookings,
    int Checks,
    bool HasContactPerson,
    string? ExternalId,
    long Version);

/// <summary>A likely duplicate pair and the rules that found it (<c>name-postcode</c>, <c>email-domain</c>).</summary>
internal sealed record DuplicatePairView(DuplicateSide First, DuplicateSide Second, IReadOnlyList<string> Rules, string? Domain);

/// <summary>The body of a merge: the organisation merged into the one in the address.</summary>
internal sealed record MergeRequest(Guid? DuplicateId);

/// <summary>The body of "not a duplicate": the two organisations of the pair.</summary>
internal sealed record DismissRequest(Guid? FirstId, Guid? SecondId);

/// <summary>What a merge did: the survivor's new version and what moved to it.</summary>
internal sealed record MergeOutcome(Guid SurvivorId, Guid DuplicateId, int MembersMoved, int ChecksMoved, long Version);
