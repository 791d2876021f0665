namespace Kompetenzzentrum.Contracts.Privacy;

/// <summary>Whose personal data an erasure or export concerns.</summary>
/// <param name="AccountIds">The accounts (persons) concerned.</param>
/// <param name="Emails">Their e-mail addresses, lower case.</param>
/// <param name="OrganisationId">The organisation, when a whole organisation is concerned.</param>
public sealed record PersonalDataSubject(IReadOnlyList<Guid> AccountIds, IReadOnlyList<string> Emails, Guid? OrganisationId)
{
    /// <summary>
    /// The persons' names as they gave them (display names), for modules that keep names typed by others,
    /// such as the attendees of a booking; compared trimmed and ignoring case.
    /// </summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>
    /// The organisation the persons belonged to when only they (not the organisation) are erased: names typed by
    /// others are looked for in this organisation's data only, so a namesake elsewhere keeps theirs.
    /// </summary>
    public Guid? MemberOf { get; init; }
}
