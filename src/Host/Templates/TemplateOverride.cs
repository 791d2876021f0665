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

    public static string IdFor(string key, string language) => $"{key}:{language}";
}
