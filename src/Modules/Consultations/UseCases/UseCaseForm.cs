using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Consultations.UseCases;

/// <summary>
/// The use-case page's plain form (no script), read into the API's <see cref="UseCaseEndpoints.Input"/>. The German title and
/// summary carry the API's field names (<c>title</c>, <c>summary</c>), so that their errors stand next to them; lists are
/// comma-separated text.
/// </summary>
internal static class UseCaseForm
{
    public static IReadOnlyList<MaturityLevel> Levels { get; } = Enum.GetValues<MaturityLevel>();

    public static FormState From(ConsultationUseCase? useCase) =>
        useCase is null
            ? FormState.Empty().With("suitableFrom", nameof(MaturityLevel.Einsteiger)).With("suitableTo", nameof(MaturityLevel.Vorreiter))
                .With("active", "true")
            : FormState.Empty().With("key", useCase.Key).With("title", useCase.Title.De).With("titleEn", useCase.Title.En)
                .With("summary", useCase.Summary.De).With("summaryEn", useCase.Summary.En)
                .With("industries", string.Join(", ", useCase.Industries)).With("topics", string.Join(", ", useCase.Topics))
                .With("tags", string.Join(", ", useCase.Tags)).With("dataPrerequisites", string.Join(", ", useCase.DataPrerequisites))
                .With("suitableFrom", useCase.SuitableFrom.ToString()).With("suitableTo", useCase.SuitableTo.ToString())
                .With("active", useCase.Active ? "true" : null);

    /// <summary>The API's input from the posted form; what the form itself cannot read goes to <paramref name="problems"/>.</summary>
    public static UseCaseEndpoints.Input Read(FormState state, FieldErrors problems) =>
        new(state.Value("key")?.Trim(), new(Text(state, "title"), Text(state, "titleEn")), new(Text(state, "summary"), Text(state, "summaryEn")),
            List(state, "industries"), List(state, "topics"), List(state, "tags"), List(state, "dataPrerequisites"),
            Level(state, "suitableFrom", problems), Level(state, "suitableTo", problems), state.Value("active") is "true");

    private static string Text(FormState state, string field) => state.Value(field)?.Trim() ?? "";

    private static string[] List(FormState state, string field) =>
        (state.Value(field) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static MaturityLevel? Level(FormState state, string field, FieldErrors problems)
    {
        if (Enum.TryParse<MaturityLevel>(state.Value(field), out var level) && Enum.IsDefined(level) && !int.TryParse(state.Value(field), out _))
        {
            return level;
        }
        problems.Add(new FieldError(field, "consultations.use-case.level"));
        return null;
    }
}
