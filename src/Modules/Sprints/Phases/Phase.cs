namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>The four phases of a sprint, in their only order (Analyse, Synthese, Ideenfindung, Transfer).</summary>
internal enum Phase
{
    Analysis,
    Synthesis,
    Ideation,
    Transfer,
}

/// <summary>Phase names as they appear in routes and JSON.</summary>
internal static class PhaseOrder
{
    public static IReadOnlyList<Phase> InOrder { get; } = [Phase.Analysis, Phase.Synthesis, Phase.Ideation, Phase.Transfer];

    public static bool TryParse(string? text, out Phase phase) =>
        Enum.TryParse(text, ignoreCase: true, out phase) && Enum.IsDefined(phase) && !int.TryParse(text, out _);

    public static Phase? Next(Phase phase) => phase == Phase.Transfer ? null : phase + 1;
}
