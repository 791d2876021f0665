namespace Kompetenzzentrum.Contracts.Security;

/// <summary>
/// Authorization policies the host defines. Every endpoint names one (<c>RequireAuthorization(Policies.X)</c>)
/// or says <c>AllowAnonymous()</c>; a test fails for any endpoint that does neither.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in account.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Platform administrators.</summary>
    public const string PlatformAdmin = "platform-admin";

    /// <summary>Center staff and platform administrators.</summary>
    public const string Staff = "staff";

    /// <summary>Staff or partner staff: may manage offerings (partner staff only those of its own center).</summary>
    public const string OfferingManager = "offering-manager";

    /// <summary>Members of an organisation (any organisation; handlers check it is theirs).</summary>
    public const string OrganisationMember = "organisation-member";

    /// <summary>Members of an organisation, or staff acting for one (handlers check which organisation).</summary>
    public const string ParticipantOrStaff = "participant-or-staff";

    /// <summary>Administrators of an organisation.</summary>
    public const string OrganisationAdmin = "organisation-admin";

    /// <summary>Analysts (and platform administrators).</summary>
    public const string Analyst = "analyst";

    /// <summary>Reports to the funding body: center staff, analysts and platform administrators.</summary>
    public const string Reporting = "reporting";

    /// <summary>Read access to the OData research feed: analysts, or a token with scope <c>odata:read</c>.</summary>
    public const string ODataRead = "odata-read";
}

/// <summary>Rate limiter policy names the host defines.</summary>
public static class RateLimits
{
    /// <summary>Sign-in and password reset: a few attempts per client address and minute.</summary>
    public const string SignIn = "sign-in";
}
