using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Duplicates;
using Kompetenzzentrum.Modules.Organisations.Imports;
using Kompetenzzentrum.Modules.Organisations.Team;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

internal sealed record Member(Guid AccountId, bool IsAdmin);

/// <summary>A contact person an import recorded: a contact record, not an account.</summary>
internal sealed record ContactPerson(string? Name, string? Email);

internal sealed record Invitation(Guid InvitationId, string Email, string TokenHash, bool AsAdmin, DateTimeOffset ExpiresAt, bool Accepted);

/// <summary>An SME or startup as the registry keeps it.</summary>
internal sealed record Organisation
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Industry { get; init; } = "";
    public string SizeClass { get; init; } = "";
    public string FederalState { get; init; } = "";
    public string Postcode { get; init; } = "";
    public List<Member> Members { get; init; } = [];
    public List<Invitation> Invitations { get; init; } = [];

    /// <summary>The id the organisation has in the system it was imported from, if it was.</summary>
    public string? ExternalId { get; init; }

    public ContactPerson? Contact { get; init; }
    public bool Erased { get; init; }

    /// <summary>Set on a tombstone: the organisation staff merged this one into.</summary>
    public Guid? MergedInto { get; init; }

    /// <summary>The duplicates merged into this organisation.</summary>
    public List<Guid> Absorbed { get; init; } = [];

    /// <summary>Neither erased nor merged: shown, edited, booked.</summary>
    public bool Live => !Erased && MergedInto is null;
}

internal sealed partial class OrganisationProjection : SingleStreamProjection<Organisation, Guid>
{
    public static Organisation Create(OrganisationRegistered e) => new()
    {
        Id = e.OrganisationId,
        Name = e.Name,
        Kind = e.Kind,
        Industry = e.Industry,
        SizeClass = e.SizeClass,
        FederalState = e.FederalState,
        Postcode = e.Postcode,
    };

    public static Organisation Apply(OrganisationDetailsChanged e, Organisation o) => o with
    {
        Name = e.Name,
        Kind = e.Kind,
        Industry = e.Industry,
        SizeClass = e.SizeClass,
        FederalState = e.FederalState,
        Postcode = e.Postcode,
    };

    public static Organisation Apply(MemberInvited e, Organisation o) =>
        o with { Invitations = [.. o.Invitations, new Invitation(e.InvitationId, e.Email, e.TokenHash, e.AsAdmin, e.ExpiresAt, false)] };

    public static Organisation Apply(InvitationAccepted e, Organisation o) =>
        o with { Invitations = o.Invitations.Select(i => i.InvitationId == e.InvitationId ? i with { Accepted = true } : i).ToList() };

    public static Organisation Apply(MemberJoined e, Organisation o) =>
        o with { Members = [.. o.Members.Where(m => m.AccountId != e.AccountId), new Member(e.AccountId, e.IsAdmin)] };

    public static Organisation Apply(MemberAdminChanged e, Organisation o) => o with
    {
        Members = o.Members.Select(m => m.AccountId == e.AccountId ? m with { IsAdmin = e.IsAdmin } : m).ToList(),
    };

    public static Organisation Apply(MemberRemoved e, Organisation o) => o with
    {
        Members = o.Members.Where(m => m.AccountId != e.AccountId).ToList(),
    };

    public static Organisation Apply(InvitationErased e, Organisation o) => o with
    {
        Invitations = o.Invitations.Where(i => i.InvitationId != e.InvitationId).ToList(),
    };

    public static Organisation Apply(OrganisationImported e, Organisation o) => o with { ExternalId = e.ExternalId };

    public static Organisation Apply(ContactPersonRecorded e, Organisation o) => o with { Contact = new ContactPerson(e.Name, e.Email) };

    public static Organisation Apply(OrganisationsMerged e, Organisation o) =>
        o with { MergedInto = e.SurvivorId, Members = [], Invitations = [] };

    public static Organisation Apply(OrganisationAbsorbed e, Organisation o) => o with { Absorbed = [.. o.Absorbed, e.DuplicateId] };

    public static Organisation Apply(OrganisationErased e, Organisation o) =>
        o with { Name = "", Members = [], Invitations = [], Contact = null, Erased = true };
}
