namespace Kompetenzzentrum.Host.Seeding;

/// <summary>The marker that the demo was seeded: stored once, after every seeder ran, so a second start seeds nothing.</summary>
internal sealed record DemoSeeded
{
    public const string MarkerId = "demo";

    public string Id { get; init; } = MarkerId;

    public DateTimeOffset SeededAt { get; init; }

    public double Seconds { get; init; }
}
