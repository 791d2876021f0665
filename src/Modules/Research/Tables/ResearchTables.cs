namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// Plain relational tables (not Marten documents), so that EF Core can translate OData queries into SQL. Marten creates
/// them with the rest of the schema at start, before any event can be projected into them. The read models
/// (<see cref="Rebuildable"/>) come from events only and can be rebuilt; the others hold state that is not in the event
/// history (pseudonym secrets, survey tokens, free text under review). Each is described once, in its own class here.
/// </summary>
internal static class ResearchTables
{
    public static readonly InteractionsTable Interactions = new();
    public static readonly SegmentsTable Segments = new();
    public static readonly NeedSignalsTable NeedSignals = new();
    public static readonly FeedbackTable Feedback = new();
    public static readonly MaturityResultsTable MaturityResults = new();
    public static readonly ConsentsTable Consents = new();
    public static readonly SubjectsTable Subjects = new();
    public static readonly CountedInteractionsTable CountedInteractions = new();
    public static readonly CountedNeedsTable CountedNeeds = new();
    public static readonly OfferingsTable Offerings = new();
    public static readonly PseudonymKeysTable PseudonymKeys = new();
    public static readonly ErasedTable Erased = new();
    public static readonly SurveysTable Surveys = new();
    public static readonly FeedbackTextsTable FeedbackTexts = new();
    public static readonly ReportsTable Reports = new();

    /// <summary>Tables written only by the projection, rebuilt from the event history.</summary>
    public static IReadOnlyList<ResearchTable> Rebuildable { get; } =
        [Interactions, Segments, NeedSignals, Feedback, MaturityResults, Offerings, Consents, Subjects, CountedInteractions, CountedNeeds];

    /// <summary>The tables with a row per organisation and event (pseudonym and segment): their sets in <see cref="Subjects"/>.</summary>
    public static IReadOnlyList<PseudonymousTable> Pseudonymous { get; } = [Interactions, NeedSignals, Feedback, MaturityResults];

    /// <summary>Every research table, in the order Marten creates them.</summary>
    public static IReadOnlyList<ResearchTable> All { get; } =
        [Interactions, Segments, NeedSignals, Feedback, MaturityResults, Consents, Subjects, CountedInteractions, CountedNeeds, Offerings,
            PseudonymKeys, Erased, Surveys, FeedbackTexts, Reports];
}
