namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>Where mail about an organisation's participation goes (e.g. a feedback survey).</summary>
/// <param name="Email">The contact's e-mail address.</param>
/// <param name="Language">The contact's language, <c>de</c> or <c>en</c>.</param>
public sealed record OrganisationContact(string Email, string Language);

/// <summary>
/// Reads an organisation's contact for mail, so that modules without access to accounts (research's feedback
/// survey) can write to it. Implemented by the module that owns organisations and accounts.
/// </summary>
public interface IOrganisationContacts
{
    /// <summary>The contact (usually its administrators), none when the organisation is unknown or erased.</summary>
    Task<IReadOnlyList<OrganisationContact>> FindAsync(Guid organisationId, CancellationToken cancellationToken);
}
