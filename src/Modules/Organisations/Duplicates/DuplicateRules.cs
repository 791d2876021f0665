namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>What the duplicate rules look at of one organisation: its name, postcode and its contacts' e-mail addresses.</summary>
internal sealed record DuplicateCandidate(Guid Id, string Name, string Postcode, IReadOnlyCollection<string> Emails);

/// <summary>Two organisations that are likely one, ordered by id, with the rules that matched them.</summary>
internal sealed record DuplicatePair(Guid First, Guid Second, IReadOnlyList<string> Rules, string? Domain);

/// <summary>
/// The duplicate rules, as CiviCRM's dedupe rule groups: each rule puts organisations with equal keys into one block, and every
/// two organisations of a block are a pair. Rule <c>name-postcode</c>: the same name without legal form, case and
/// punctuation (<see cref="OrganisationNameKey"/>) and the same postcode. Rule <c>email-domain</c>: a contact address of
/// each at the same company domain (free mail ignored, <see cref="MailDomains"/>). Pure: no database, no clock.
/// </summary>
internal static class DuplicateRules
{
    public const string NamePostcode = "name-postcode";
    public const string EmailDomain = "email-domain";

    /// <summary>
    /// A block larger than this (a hosting provider's domain, a chain's postcode) is left out: it says nothing about
    /// duplicates, and its pairs would grow with the square of its size.
    /// </summary>
    public const int MaxBlock = 25;

    /// <summary>The pairs among <paramref name="candidates"/>, except those staff marked as not duplicates.</summary>
    public static IReadOnlyList<DuplicatePair> Find(IEnumerable<DuplicateCandidate> candidates, IReadOnlySet<(Guid, Guid)> dismissed)
    {
        var list = candidates.ToList();
        var found = new Dictionary<(Guid, Guid), (SortedSet<string> Rules, string? Domain)>();
        void Add(IEnumerable<Guid> block, string rule, string? domain)
        {
            var ids = block.Distinct().Order().ToList();
            if (ids.Count > MaxBlock)
            {
                return;
            }
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    var key = (ids[i], ids[j]);
                    if (dismissed.Contains(key))
                    {
                        continue;
                    }
                    var entry = found.TryGetValue(key, out var known) ? known : (new SortedSet<string>(StringComparer.Ordinal), null);
                    entry.Rules.Add(rule);
                    found[key] = (entry.Rules, entry.Domain ?? domain);
                }
            }
        }
        foreach (var block in list.Where(c => OrganisationNameKey.Of(c.Name).Length > 0 && c.Postcode.Trim().Length > 0)
                     .GroupBy(c => (OrganisationNameKey.Of(c.Name), c.Postcode.Trim())).Where(g => g.Count() > 1))
        {
            Add(block.Select(c => c.Id), NamePostcode, null);
        }
        foreach (var block in list.SelectMany(c => c.Emails.Select(MailDomains.CompanyDomainOf).OfType<string>().Distinct().Select(d => (d, c.Id)))
                     .GroupBy(x => x.d, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Add(block.Select(x => x.Id), EmailDomain, block.Key);
        }
        return [.. found.OrderBy(f => f.Key.Item1).ThenBy(f => f.Key.Item2)
            .Select(f => new DuplicatePair(f.Key.Item1, f.Key.Item2, [.. f.Value.Rules], f.Value.Domain))];
    }

    /// <summary>A pair's key whichever way round it is named.</summary>
    public static (Guid, Guid) PairKey(Guid a, Guid b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);
}
