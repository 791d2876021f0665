using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Consultations.UseCases;

/// <summary>Staff saved an AI use case of the library (the whole entry each time).</summary>
internal sealed record ConsultationUseCaseSaved(
    Guid UseCaseId, string Key, LocalizedText Title, LocalizedText Summary, IReadOnlyList<string> Industries, IReadOnlyList<string> Topics,
    IReadOnlyList<string> Tags, IReadOnlyList<string> DataPrerequisites, MaturityLevel SuitableFrom, MaturityLevel SuitableTo, bool Active,
    DateTimeOffset SavedAt);

/// <summary>
/// An AI use case: for which industries (WZ sections, none = all), topics, tags it answers, which data it
/// needs (matched against <c>data:</c> answers) and which maturity levels it suits.
/// </summary>
internal sealed record ConsultationUseCase(
    Guid Id, string Key, LocalizedText Title, LocalizedText Summary, IReadOnlyList<string> Industries, IReadOnlyList<string> Topics,
    IReadOnlyList<string> Tags, IReadOnlyList<string> DataPrerequisites, MaturityLevel SuitableFrom, MaturityLevel SuitableTo, bool Active)
{
    public static ConsultationUseCase From(ConsultationUseCaseSaved e) =>
        new(e.UseCaseId, e.Key, e.Title, e.Summary, e.Industries, e.Topics, e.Tags, e.DataPrerequisites, e.SuitableFrom, e.SuitableTo, e.Active);
}

internal sealed partial class ConsultationUseCaseProjection : SingleStreamProjection<ConsultationUseCase, Guid>
{
    public static ConsultationUseCase Create(ConsultationUseCaseSaved e) => ConsultationUseCase.From(e);

    public static ConsultationUseCase Apply(ConsultationUseCaseSaved e, ConsultationUseCase _) => ConsultationUseCase.From(e);
}
