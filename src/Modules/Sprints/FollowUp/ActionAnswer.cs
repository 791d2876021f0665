namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>One answer of the follow-up survey: an action and its progress.</summary>
internal sealed record ActionAnswer(Guid ActionId, ActionProgress Progress);
