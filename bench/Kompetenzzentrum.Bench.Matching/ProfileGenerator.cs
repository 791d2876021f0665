using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Bench.Matching;

/// <summary>Plausible random profiles: a few topics each, states weighted roughly by population.</summary>
internal sealed class ProfileGenerator(int seed)
{
    private static readonly (string State, string Postcode, int Weight)[] States =
    [
        ("NW", "50667", 22), ("BY", "80331", 16), ("BW", "70173", 13), ("NI", "30159", 10), ("HE", "60311", 8),
        ("SN", "01067", 5), ("RP", "55116", 5), ("BE", "10115", 4), ("SH", "24103", 3), ("BB", "14467", 3),
        ("ST", "39104", 3), ("TH", "99084", 3), ("HH", "20095", 2), ("MV", "19053", 2), ("SL", "66111", 1), ("HB", "28195", 1),
    ];

    private readonly Random _random = new(seed);
    private readonly ContactPerson _contact = new("Bench", "bench@example.org", null);

    public SmeProfileDetails Sme()
    {
        var (state, postcode) = Place();
        return new SmeProfileDetails("KMU", TopicKeys(1, 4), [], Section(), state, postcode, (MaturityLevel)_random.Next(1, 5), _contact);
    }

    public StartupProfileDetails Startup()
    {
        var (state, postcode) = Place();
        var industries = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Section()).Distinct().ToList();
        return new StartupProfileDetails(
            "Startup", TopicKeys(1, 5), [], [], [], (StartupStage)_random.Next(4), industries, state, postcode, _contact);
    }

    private List<string> TopicKeys(int min, int max) =>
        [.. Topics.All.OrderBy(_ => _random.Next()).Take(_random.Next(min, max + 1)).Select(t => t.Key)];

    private string Section() => ((char)('A' + _random.Next(21))).ToString();

    private (string State, string Postcode) Place()
    {
        var pick = _random.Next(States.Sum(s => s.Weight));
        foreach (var (state, postcode, weight) in States)
        {
            if ((pick -= weight) < 0)
            {
                // Vary the last three digits; the first two (the postcode region) stay with the state.
                return (state, postcode[..2] + _random.Next(1000).ToString("000"));
            }
        }
        throw new InvalidOperationException("weights");
    }
}
