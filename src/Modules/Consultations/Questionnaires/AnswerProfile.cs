using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>
/// What the answers say, as tags and topics of the chosen choices. Prefixed tags carry facts:
/// <c>industry:c</c> (WZ section), <c>maturity:entdecker</c>, <c>data:images</c> (data at hand), <c>barrier:skills</c>.
/// </summary>
internal sealed record AnswerProfile(IReadOnlySet<string> Tags, IReadOnlySet<string> Topics)
{
    public static AnswerProfile Empty { get; } = new(new HashSet<string>(), new HashSet<string>());

    public static AnswerProfile From(IEnumerable<Choice> chosen)
    {
        var list = chosen.ToList();
        return new(list.SelectMany(c => c.Tags).ToHashSet(StringComparer.Ordinal), list.SelectMany(c => c.Topics).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Tags without a prefix: what the SME wants to do (<c>vision</c>, <c>forecasting</c> ...).</summary>
    public IEnumerable<string> Interests => Tags.Where(t => !t.Contains(':', StringComparison.Ordinal));

    public IEnumerable<string> DataAvailable => Prefixed("data:");

    public IEnumerable<string> Barriers => Prefixed("barrier:");

    public string? Industry => Prefixed("industry:").FirstOrDefault()?.ToUpperInvariant();

    public MaturityLevel? Maturity => Enum.TryParse<MaturityLevel>(Prefixed("maturity:").FirstOrDefault(), ignoreCase: true, out var level) ? level
        : null;

    private IEnumerable<string> Prefixed(string prefix) =>
        Tags.Where(t => t.StartsWith(prefix, StringComparison.Ordinal)).Select(t => t[prefix.Length..]).Order(StringComparer.Ordinal);
}
