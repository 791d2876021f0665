namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>How far a roadmap action has come, as the SME answers in the follow-up survey.</summary>
internal enum ActionProgress
{
    NotStarted,
    InProgress,
    Done,
    Dropped,
}
