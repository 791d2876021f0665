namespace Kompetenzzentrum.Modules.Organisations.Registry;

internal sealed record MemberJoined(Guid OrganisationId, Guid AccountId, bool IsAdmin);
