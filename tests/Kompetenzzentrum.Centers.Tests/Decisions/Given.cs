using Kompetenzzentrum.Modules.Centers.Centers;

namespace Kompetenzzentrum.Centers.Tests.Decisions;

/// <summary>Hand-made centers and inputs for the pure tests.</summary>
internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    public static CenterInput Input(string shortName = "lausitz", string? host = null, string? prefix = "lausitz") =>
        new(" Zentrum Lausitz ", shortName, "https://lausitz.example.org/logo.svg", "#004B87", "#f39200", "kontakt@lausitz.example.org",
            "+49 355 1234-0", "Mittelstand-Digital", host, prefix);

    public static Center Center(string shortName, string? host = null, string? prefix = null, bool isDefault = false) =>
        new(Guid.NewGuid(), new CenterDetails("Zentrum " + shortName, shortName, null, "#004b87", "#f39200", null, null, null, host, prefix),
            isDefault, Now, Now);
}
