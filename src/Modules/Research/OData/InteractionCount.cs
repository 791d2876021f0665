namespace Kompetenzzentrum.Modules.Research.OData;

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
