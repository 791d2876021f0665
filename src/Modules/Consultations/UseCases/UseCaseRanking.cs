using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;

namespace Kompetenzzentrum.Modules.Consultations.UseCases;

/// <summary>A use case that fits the answers, with its score and the reason in German and English.</summary>
internal sealed record RankedUseCase(Guid UseCaseId, string Key, LocalizedText Title, int Score, LocalizedText Reason);

/// <summary>
/// Ranks use cases against the answers. Pure. A use case is listed only when at least one interest tag or
/// topic fits; then each fitting tag counts 3, each fitting topic 1, a listed industry that matches 2, each
/// needed kind of data at hand 1, a suitable maturity 1 (an unsuitable one -1). Ties go by key, so the
/// order is stable. The reason names exactly what fitted and which data is still missing.
/// </summary>
internal static class UseCaseRanking
{
    public const int Top = 5;

    public static IReadOnlyList<RankedUseCase> Rank(IEnumerable<ConsultationUseCase> useCases, AnswerProfile profile, int top = Top) =>
        useCases.Where(u => u.Active)
            .Select(u => Score(u, profile))
            .OfType<RankedUseCase>()
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(top)
            .ToList();

    public static RankedUseCase? Score(ConsultationUseCase useCase, AnswerProfile profile)
    {
        var tags = useCase.Tags.Where(t => profile.Interests.Contains(t)).Order(StringComparer.Ordinal).ToList();
        var topics = useCase.Topics.Where(profile.Topics.Contains).Order(StringComparer.Ordinal).ToList();
        if (tags.Count + topics.Count == 0)
        {
            return null;
        }
        var score = 3 * tags.Count + topics.Count;
        var available = profile.DataAvailable.ToHashSet(StringComparer.Ordinal);
        var dataAtHand = useCase.DataPrerequisites.Where(available.Contains).ToList();
        var dataMissing = useCase.DataPrerequisites.Where(d => !available.Contains(d)).ToList();
        score += dataAtHand.Count;
        var industryFits = profile.Industry is { } industry && useCase.Industries.Contains(industry, StringComparer.OrdinalIgnoreCase);
        score += industryFits ? 2 : 0;
        var maturity = profile.Maturity;
        var maturityFits = maturity is { } level && MaturityLevels.Contains(useCase.SuitableFrom, useCase.SuitableTo, level);
        score += maturity is null ? 0 : maturityFits ? 1 : -1;

        var topicNames = topics.Select(t => Topics.Find(t)?.Name ?? new LocalizedText(t, t)).ToList();
        var de = new List<string> { "Passt zu Ihren Angaben: " + string.Join(", ", tags.Concat(topicNames.Select(n => n.De))) };
        var en = new List<string> { "Fits your answers: " + string.Join(", ", tags.Concat(topicNames.Select(n => n.En))) };
        if (industryFits)
        {
            de.Add($"bewährt in Ihrer Branche (WZ {profile.Industry})");
            en.Add($"proven in your industry (WZ {profile.Industry})");
        }
        if (dataAtHand.Count > 0)
        {
            de.Add("benötigte Daten vorhanden: " + string.Join(", ", dataAtHand));
            en.Add("data at hand: " + string.Join(", ", dataAtHand));
        }
        if (dataMissing.Count > 0)
        {
            de.Add("noch fehlende Daten: " + string.Join(", ", dataMissing));
            en.Add("data still missing: " + string.Join(", ", dataMissing));
        }
        if (maturity is not null)
        {
            de.Add(maturityFits ? "passend zu Ihrem Reifegrad" : "eher für einen anderen Reifegrad gedacht");
            en.Add(maturityFits ? "suits your maturity level" : "meant for another maturity level");
        }
        return new RankedUseCase(useCase.Id, useCase.Key, useCase.Title, score,
            new LocalizedText(string.Join("; ", de) + ".", string.Join("; ", en) + "."));
    }
}
