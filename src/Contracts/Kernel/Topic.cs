namespace Kompetenzzentrum.Contracts.Kernel;

/// <summary>A topic of the controlled vocabulary ("Thema"), identified by a stable key.</summary>
/// <param name="Key">Lower-case key used in data, e.g. <c>ki</c>.</param>
/// <param name="Name">Display name.</param>
public sealed record Topic(string Key, LocalizedText Name);

/// <summary>The controlled topic vocabulary shared by all modules and research.</summary>
public static class Topics
{
    /// <summary>Every known topic.</summary>
    public static IReadOnlyList<Topic> All { get; } =
    [
        new("ki", new("Künstliche Intelligenz", "Artificial intelligence")),
        new("daten", new("Daten", "Data")),
        new("it-sicherheit", new("IT-Sicherheit", "IT security")),
        new("e-commerce", new("E-Commerce", "E-commerce")),
        new("geschaeftsmodelle", new("Geschäftsmodelle", "Business models")),
        new("automatisierung", new("Automatisierung", "Automation")),
        new("cloud", new("Cloud", "Cloud")),
        new("nachhaltigkeit", new("Nachhaltigkeit", "Sustainability")),
        new("arbeit-4-0", new("Arbeit 4.0", "Work 4.0")),
        new("digitales-marketing", new("Digitales Marketing", "Digital marketing")),
        new("prozesse", new("Prozessdigitalisierung", "Process digitalisation")),
        new("kooperation", new("Kooperation mit Startups", "Cooperation with startups")),
    ];

    private static readonly Dictionary<string, Topic> ByKey = All.ToDictionary(t => t.Key, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="key"/> names a known topic.</summary>
    public static bool IsKnown(string key) => ByKey.ContainsKey(key);

    /// <summary>The topic with that key, or null.</summary>
    public static Topic? Find(string key) => ByKey.GetValueOrDefault(key);
}
