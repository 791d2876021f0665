namespace Kompetenzzentrum.Host.StartupChecks;

/// <summary>
/// Settings the host can run without, found before logging exists: each is one sentence naming the setting,
/// logged as a warning once the host is built.
/// </summary>
internal sealed class ConfigurationWarnings
{
    private readonly List<string> _sentences = [];

    public IReadOnlyList<string> Sentences => _sentences;

    public void Add(string sentence) => _sentences.Add(sentence);
}
