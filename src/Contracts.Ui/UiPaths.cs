namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>Paths of pages that the layout and other modules link to.</summary>
public static class UiPaths
{
    /// <summary>The start page.</summary>
    public const string Home = "/";

    /// <summary>Sign-in page (accepts <c>?ReturnUrl=</c>).</summary>
    public const string SignIn = "/anmelden";

    /// <summary>Sign-out (POST).</summary>
    public const string SignOut = "/abmelden";

    /// <summary>Account registration.</summary>
    public const string Register = "/registrieren";

    /// <summary>Switches the language: <c>/sprache/en?zurueck=/path</c>.</summary>
    public const string Language = "/sprache";

    /// <summary>The back office's offerings; <c>/{offeringId}</c> is one offering's page (status, sessions, editor).</summary>
    public const string StaffOfferings = "/backoffice/angebote";

    /// <summary>Static files of the layout (style sheet, script).</summary>
    public const string Assets = "/ui";
}
