namespace Kompetenzzentrum.Host.Templates;

/// <summary>A staff override of a module's default template, stored in Marten.</summary>
internal sealed class TemplateOverride
{
    public string Id { get; set; } = "";
    public string Key { get; set; } = "";
    public string Language { get; set; } = "";
    public string Source { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>Saved by a platform administrator; only such an override applies to a template that carries a secret.</summary>
    public bool SavedByPlatformAdmin { get; set; }

    /// <summary>
    /// Whether this override is used: always for ordinary templates; for one that carries a secret only when a platform
    /// administrator saved it (an override saved by staff before that rule existed is ignored).
    /// </summary>
    public bool Applies(bool carriesSecret) => !carriesSecret || SavedByPlatformAdmin;

    public static string IdFor(string key, string language) => $"{key}:{language}";
}
