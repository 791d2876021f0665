namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>A topic an organisation needs (from the check, a questionnaire, feedback ...), with its segment.</summary>
internal sealed class NeedSignal
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string Month { get; set; } = "";
    public string OrganisationPseudonym { get; set; } = "";
    public string? Industry { get; set; }
    public string? SizeClass { get; set; }
    public string? FederalState { get; set; }
    public string? MaturityLevel { get; set; }
    public string Topic { get; set; } = "";
    public string Source { get; set; } = "";
    public double Strength { get; set; }
}

/// <summary>The scores of one answered feedback survey.</summary>
internal sealed class FeedbackResult
{
    public long Id { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
    public string Month { get; set; } = "";
    public string OrganisationPseudonym { get; set; } = "";
    public string? Industry { get; set; }
    public string? SizeClass { get; set; }
    public string? FederalState { get; set; }
    public string? MaturityLevel { get; set; }
    public string OfferingType { get; set; } = "";
    public Guid OfferingId { get; set; }
    public Guid? ProgramId { get; set; }
    public int Satisfaction { get; set; }
    public int Usefulness { get; set; }
    public int Recommendation { get; set; }
}

/// <summary>One Digitalisierungs-Check round (T0, T1, ...) of an organisation.</summary>
internal sealed class MaturityResult
{
    public long Id { get; set; }
    public DateTimeOffset AssessedAt { get; set; }
    public string Month { get; set; } = "";
    public string OrganisationPseudonym { get; set; } = "";
    public string? Industry { get; set; }
    public string? SizeClass { get; set; }
    public string? FederalState { get; set; }
    public string? MaturityLevel { get; set; }
    public int Round { get; set; }
    public double OverallScore { get; set; }
}

/// <summary>A survey free text that staff approved, with contact data removed; no pseudonym, no link.</summary>
internal sealed class FeedbackComment
{
    public Guid CommentId { get; set; }
    public string Month { get; set; } = "";
    public string OfferingType { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>
/// How many interactions of every organisation (with or without research consent) fell into one month, event type,
/// kind, offering type, program and topic: a sum, no pseudonym, no segment.
/// </summary>
internal sealed class InteractionCount
{
    public string Key { get; set; } = "";
    public string Month { get; set; } = "";
    public string EventType { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? OfferingType { get; set; }
    public Guid? ProgramId { get; set; }
    public string Topic { get; set; } = "";
    public long Interactions { get; set; }
}

/// <summary>How many need signals of every organisation fell into one month, source and topic.</summary>
internal sealed class NeedSignalCount
{
    public string Key { get; set; } = "";
    public string Month { get; set; } = "";
    public string Source { get; set; } = "";
    public string Topic { get; set; } = "";
    public long Signals { get; set; }
}
