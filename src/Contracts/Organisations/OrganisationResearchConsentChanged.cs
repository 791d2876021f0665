namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// Whether an organisation takes part in research as pseudonymous rows (consent, GDPR Art. 6(1)(a)): true while every
/// member of it has given the research consent, false when one has not or withdrew it. Appended whenever that
/// changes. Research keeps row-level data only of organisations whose latest value is true; of all others it
/// keeps counts without any link to the organisation, and a withdrawal turns the rows already kept into counts.
/// </summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Consented">Whether its data may be used for research as pseudonymous rows.</param>
/// <param name="At">When the state changed.</param>
public sealed record OrganisationResearchConsentChanged(Guid OrganisationId, bool Consented, DateTimeOffset At);
