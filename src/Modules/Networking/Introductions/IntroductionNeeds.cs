using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Maturity;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>
/// Need signals for research: every step of an introduction says something about the SME's need on the
/// introduction's topics (the topics its challenges share with the startup's solutions). The signal is the
/// SME's, whichever side acted; a startup's own yes says nothing about a need, so it raises none. Strengths
/// grow with commitment: a proposal is a hint, the SME's yes a clear wish, a cooperation or pilot a need
/// acted on, and "no fit" leaves the need open (it was real, this startup did not meet it).
/// </summary>
internal static class IntroductionNeeds
{
    /// <summary>The <see cref="NeedExpressed.Source"/> of every signal from this module.</summary>
    public const string Source = "networking";

    public const double Proposed = 0.3;
    public const double SmeAccepted = 0.6;

    public static double OfOutcome(IntroductionOutcome outcome) => outcome switch
    {
        IntroductionOutcome.Cooperation => 1.0,
        IntroductionOutcome.Pilot => 0.8,
        _ => 0.5,
    };

    /// <summary>One signal per topic, for the SME, with the interaction kind of the step that raised it.</summary>
    public static IEnumerable<NeedExpressed> For(Guid smeId, IReadOnlyList<string> topics, double strength, string kind, DateTimeOffset at) =>
        topics.Select(topic => new NeedExpressed(topic, strength, Source, new Interaction(smeId, [topic], null, null, kind, at)));
}
