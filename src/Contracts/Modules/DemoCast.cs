using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>
/// One organisation of the demo. Every module's demo seeder talks about the same organisations (the organisations
/// module registers them, the catalog books for them, networking profiles them), so their ids and coarse attributes
/// are fixed here and the same on every start.
/// </summary>
/// <param name="Id">The organisation's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsStartup">A startup, else an SME.</param>
/// <param name="Industry">Industry section key (<see cref="IndustrySections"/>).</param>
/// <param name="SizeClass"><c>micro</c>, <c>small</c> or <c>medium</c>.</param>
/// <param name="FederalState">Federal state code (<see cref="FederalStates"/>).</param>
/// <param name="Postcode">Its postcode.</param>
/// <param name="Topics">Two or three topic keys it cares about (an SME's needs, a startup's technologies).</param>
/// <param name="Level">The maturity level it starts at.</param>
/// <param name="JoinedAt">How long before the demo's start it joined, in days (up to 18 months).</param>
public sealed record DemoOrganisation(
    Guid Id,
    string Name,
    bool IsStartup,
    string Industry,
    string SizeClass,
    string FederalState,
    string Postcode,
    IReadOnlyList<string> Topics,
    MaturityLevel Level,
    int JoinedAt);

/// <summary>A staff member of the demo who holds AI consultations.</summary>
/// <param name="AccountId">The staff account's id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Tags">What the expert knows (tag keys of the consultations' use cases and questionnaire).</param>
public sealed record DemoExpert(Guid AccountId, string Name, IReadOnlyList<string> Tags);

/// <summary>The organisations and experts of the demo: 150 SMEs and 40 startups generated from a fixed seed, five experts.</summary>
public static class DemoCast
{
    /// <summary>How far back the demo's history goes, in days (18 months).</summary>
    public const int HistoryDays = 548;

    /// <summary>Every demo organisation, SMEs first.</summary>
    public static IReadOnlyList<DemoOrganisation> All { get; } = DemoCastGenerator.Generate(smes: 150, startups: 40);

    /// <summary>The SMEs of <see cref="All"/>.</summary>
    public static IReadOnlyList<DemoOrganisation> Smes { get; } = [.. All.Where(o => !o.IsStartup)];

    /// <summary>The startups of <see cref="All"/>.</summary>
    public static IReadOnlyList<DemoOrganisation> Startups { get; } = [.. All.Where(o => o.IsStartup)];

    /// <summary>The five consultation experts (center staff; the organisations module creates their accounts).</summary>
    public static IReadOnlyList<DemoExpert> Experts { get; } =
    [
        new(Expert(1), "Dr. Anna Weber", ["ki", "vision", "quality", "production", "images"]),
        new(Expert(2), "Jonas Hartmann", ["daten", "forecasting", "planning", "sales", "sales-history"]),
        new(Expert(3), "Mira Scholz", ["automatisierung", "maintenance", "machines", "sensors", "sensor-data"]),
        new(Expert(4), "Lena Vogt", ["e-commerce", "digitales-marketing", "support-tickets", "faq"]),
        new(Expert(5), "Paul Brandt", ["prozesse", "documents", "it-sicherheit"]),
    ];

    /// <summary>The SME whose member is the demo's organisation-member account.</summary>
    public static DemoOrganisation MemberOrganisation => Smes[0];

    private static Guid Expert(int index) => Ids.Derived("demo-expert", new Guid(index, 0, 0, new byte[8]));
}
