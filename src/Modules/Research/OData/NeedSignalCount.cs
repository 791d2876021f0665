namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>How many need signals of every organisation fell into one month, source and topic.</summary>
internal sealed class NeedSignalCount
{
    public string Key { get; set; } = "";
    public string Month { get; set; } = "";
    public string Source { get; set; } = "";
    public string Topic { get; set; } = "";
    public long Signals { get; set; }
}
