namespace Kompetenzzentrum.Modules.Sprints.Applications;

internal static class ApplicationStatus
{
    public const string Submitted = "submitted";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
}
