namespace Kompetenzzentrum.Modules.Networking.Profiles;

/// <summary>
/// Who to talk to at an organisation. Personal data: shown to the other side of an introduction only after
/// both sides accepted it, never in profiles, proposals or analytics.
/// </summary>
internal sealed record ContactPerson(string Name, string Email, string? Phone)
{
    /// <summary>The contact after the person behind it was erased: nobody to show.</summary>
    public static ContactPerson Erased { get; } = new("", "", null);

    public bool IsErased => Name.Length == 0 && Email.Length == 0;
}

/// <summary>How far a startup has come; early stages suit experienced SMEs better than beginners.</summary>
internal enum StartupStage
{
    PreSeed = 0,
    Seed = 1,
    Growth = 2,
    Established = 3,
}
