namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>The sides a team member can be on.</summary>
internal static class TeamSides
{
    public const string Staff = "staff";
    public const string Sme = "sme";
}
