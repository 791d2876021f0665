namespace Kompetenzzentrum.PluginTesting;

/// <summary>The platform's roles, one demo account each (<see cref="PluginTestHost.SignInAsync"/>).</summary>
public static class TestRoles
{
    /// <summary>Administers the platform: accounts, roles, settings.</summary>
    public const string PlatformAdmin = "platform-admin";

    /// <summary>Staff of the competence center: programs, offerings, sessions, the back office.</summary>
    public const string CenterStaff = "center-staff";

    /// <summary>Staff of a partner center (the demo's is <c>lernfabrik</c>): its own offerings in the back office.</summary>
    public const string PartnerStaff = "partner-staff";

    /// <summary>A member of a demo SME: books sessions for its organisation.</summary>
    public const string OrganisationMember = "organisation-member";

    /// <summary>Reads needs evaluations and research data.</summary>
    public const string Analyst = "analyst";

    /// <summary>All of them.</summary>
    public static IReadOnlyList<string> All { get; } = [PlatformAdmin, CenterStaff, PartnerStaff, OrganisationMember, Analyst];
}
