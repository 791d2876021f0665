namespace Kompetenzzentrum.Contracts.Security;

/// <summary>The roles of the platform, as role claim values.</summary>
public static class Roles
{
    /// <summary>Runs the installation: accounts, roles, modules.</summary>
    public const string PlatformAdmin = "platform-admin";

    /// <summary>Staff of the competence center: programs, offerings, sprints, consultations.</summary>
    public const string CenterStaff = "center-staff";

    /// <summary>Staff of a partner center: manages the offerings of its own center only (claim <see cref="KzClaims.PartnerCenter"/>).</summary>
    public const string PartnerStaff = "partner-staff";

    /// <summary>
    /// A person of an SME or startup (claim <see cref="KzClaims.OrganisationId"/>; admins also carry
    /// <see cref="KzClaims.OrganisationAdmin"/>).
    /// </summary>
    public const string OrganisationMember = "organisation-member";

    /// <summary>Reads pseudonymised research data.</summary>
    public const string Analyst = "analyst";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [PlatformAdmin, CenterStaff, PartnerStaff, OrganisationMember, Analyst];
}

/// <summary>Claim types the platform issues.</summary>
public static class KzClaims
{
    /// <summary>The account id (also the name identifier).</summary>
    public const string AccountId = "kz:account";

    /// <summary>The organisation a member belongs to.</summary>
    public const string OrganisationId = "kz:organisation";

    /// <summary>Present with value "true" when the member administers its organisation.</summary>
    public const string OrganisationAdmin = "kz:organisation-admin";

    /// <summary>The partner center a partner-staff account works for.</summary>
    public const string PartnerCenter = "kz:partner-center";

    /// <summary>
    /// The center (its short name) a staff, analyst or partner-staff account belongs to; absent: the default center. Staff act only
    /// at their own center's address; platform administrators at any, organisation members are network-wide.
    /// </summary>
    public const string Center = "kz:center";

    /// <summary>A scope of a personal access token, e.g. <c>odata:read</c>.</summary>
    public const string Scope = "scope";
}
