namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>
/// The organisation's contact person as an import names it: a contact record, not an account (no sign-in, no mail
/// unless staff write). Personal data: masked when the organisation is erased.
/// </summary>
internal sealed record ContactPersonRecorded(Guid OrganisationId, string? Name, string? Email);
