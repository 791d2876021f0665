namespace Kompetenzzentrum.Modules.Research.OData;

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
