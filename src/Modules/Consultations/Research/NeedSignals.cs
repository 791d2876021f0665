using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;

namespace Kompetenzzentrum.Modules.Consultations.Research;

/// <summary>
/// A need signal from the consultation questionnaire that is not a topic: how much data the organisation has
/// (<c>data-availability</c>) or what holds it back (<c>barrier</c>). The value travels in the interaction's
/// kind (e.g. <c>barrier:skills</c>) so research counts it by shape alone; no free text, no personal data.
/// </summary>
internal sealed record ConsultationNeedSignalled(string Signal, string Value, Interaction Interaction) : IInteractionEvent;

/// <summary>Turns answers into research events. Pure.</summary>
internal static class NeedSignals
{
    public const string Source = "questionnaire";

    public static IReadOnlyList<object> From(AnswerProfile profile, Guid organisationId, Guid offeringId, DateTimeOffset at)
    {
        var topics = profile.Topics.Order(StringComparer.Ordinal).ToList();
        Interaction Shape(string kind) => new(organisationId, topics, offeringId, ConsultationsModuleKeys.OfferingType, kind, at);
        var events = new List<object>();
        events.AddRange(topics.Select(t => new NeedExpressed(t, 1.0, Source, Shape(InteractionKinds.Answered) with { Topics = [t] })));
        var data = profile.DataAvailable.ToList();
        var availability = data.Count == 0 || data.SequenceEqual(["none"]) ? "none" : string.Join("+", data.Where(d => d != "none"));
        events.Add(new ConsultationNeedSignalled("data-availability", availability, Shape("data-availability:" + availability)));
        events.AddRange(profile.Barriers.Select(b => new ConsultationNeedSignalled("barrier", b, Shape("barrier:" + b))));
        return events;
    }
}

/// <summary>Keys the module uses in public shapes.</summary>
internal static class ConsultationsModuleKeys
{
    public const string OfferingType = "consultation";
}
