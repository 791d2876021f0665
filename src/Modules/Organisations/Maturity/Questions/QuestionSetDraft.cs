namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

/// <summary>
/// The next version of the check while staff edit it: one draft at a time (id <see cref="TheDraft"/>), always valid (it is
/// checked like a version when saved), based on the version <see cref="BasedOn"/>. Publishing makes it the next version.
/// </summary>
internal sealed record QuestionSetDraft
{
    public const string TheDraft = "draft";

    public string Id { get; init; } = TheDraft;

    public IReadOnlyList<Question> Questions { get; init; } = [];

    /// <summary>The version that was current when the draft was last saved; publishing is refused once another came out.</summary>
    public int BasedOn { get; init; }

    public DateTimeOffset SavedAt { get; init; }

    public Guid? SavedBy { get; init; }
}
