using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Networking.Tests;

/// <summary>Hand-made profiles for the pure tests.</summary>
internal static class Given
{
    public static SmeProfileDetails Sme(
        string[] topics, string industry = "C", string state = "BE", string postcode = "10115", MaturityLevel level = MaturityLevel.Entdecker) =>
        new("KMU " + string.Join("+", topics), topics, ["Wir wollen besser werden."], industry, state, postcode, level,
            new ContactPerson("Frau Kmu", "kmu@example.org", null));

    public static StartupProfileDetails Startup(
        string name, string[] topics, string[]? industries = null, string state = "BY", string postcode = "80331",
        StartupStage stage = StartupStage.Growth) =>
        new(name, topics, ["Python"], ["Lösung"], ["Referenz"], stage, industries ?? [], state, postcode,
            new ContactPerson("Herr " + name, name.ToLowerInvariant() + "@startup.example", "+49 30 1234"));

    public static SmeProfile SmeDocument(SmeProfileDetails details, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), details, true, [], [], DateTimeOffset.UnixEpoch);

    public static StartupProfile StartupDocument(StartupProfileDetails details, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), details, true, DateTimeOffset.UnixEpoch);
}
