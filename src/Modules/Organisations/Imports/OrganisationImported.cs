namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>The organisation came from an import and is known there by <paramref name="ExternalId"/>; a re-import updates it.</summary>
internal sealed record OrganisationImported(Guid OrganisationId, string ExternalId);
