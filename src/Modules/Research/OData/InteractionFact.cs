namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>
/// One interaction about one topic, as analysts see it (<see cref="Release"/>): a pseudonym and coarse segment
/// attributes generalised to groups of at least five organisations, the time cut to the month, never a name, e-mail
/// address or organisation id. <see cref="Id"/> is a hash, not the order of recording.
/// </summary>
internal sealed class InteractionFact
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string Month { get; set; } = "";
    public string OrganisationPseudonym { get; set; } = "";
    public string? Industry { get; set; }
    public string? SizeClass { get; set; }
    public string? FederalState { get; set; }
    public string? MaturityLevel { get; set; }
    public string EventType { get; set; } = "";
    public string? OfferingType { get; set; }
    public Guid? OfferingId { get; set; }
    public Guid? ProgramId { get; set; }
    public string Topic { get; set; } = "";
    public string Kind { get; set; } = "";

    /// <summary>The same for every row (topic) of one event, a hash of its id: counting distinct keys counts events, e.g. participations.</summary>
    public long EventKey { get; set; }
}
