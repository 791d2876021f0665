namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>One row per Digitalisierungs-Check round (T0, T1, ...) of an organisation that consented.</summary>
internal sealed class MaturityResultsTable : PseudonymousTable
{
    public MaturityResultsTable()
        : base("research_maturity_results")
    {
        Key(Id);
        AssessmentId = Required("assessment_id", "uuid");
        AssessedAt = Required("assessed_at", "timestamptz");
        Add(Month);
        AddSubject();
        Round = Required("round", "integer");
        OverallScore = Required("overall_score", "double precision");
        // Score per dimension (jsonb object), for the analysts' dashboard; not part of the OData entity.
        DimensionScores = Optional("dimension_scores", "jsonb");
        Unique($"ux_{Name}_assessment", AssessmentId);
    }

    public Column AssessmentId { get; }
    public Column AssessedAt { get; }
    public Column Round { get; }
    public Column OverallScore { get; }
    public Column DimensionScores { get; }
}
