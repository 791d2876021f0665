using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Organisations;

namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>A member on the organisation page.</summary>
internal sealed record MemberView(Guid AccountId, string Name, bool IsAdmin);

/// <summary>A maturity round on the organisation page: its label (T0, T1 …), date, level and scores per dimension.</summary>
internal sealed record RoundView(string Round, DateTimeOffset At, double Overall, MaturityLevel Level, IReadOnlyDictionary<string, double> Scores);

/// <summary>The staff's view of one organisation: master data, members, maturity rounds and the history of every module, oldest first.</summary>
internal sealed record OrganisationRecord(
    Guid Id,
    string Name,
    string Kind,
    string Industry,
    string SizeClass,
    string FederalState,
    string Postcode,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<RoundView> Rounds,
    IReadOnlyList<OrganisationHistoryEntry> History);
