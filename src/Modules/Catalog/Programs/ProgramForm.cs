using System.Globalization;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>The program form's fields as the API's request (create and change take the same), and a program as a filled form.</summary>
internal static class ProgramForm
{
    /// <summary>The request the posted form means; unreadable dates and numbers are named in <paramref name="state"/>.</summary>
    public static CreateProgram.Request Read(ITexts texts, FormState state) =>
        new(state.Value("name"), Day(texts, state, "starts"), Day(texts, state, "ends"), state.Value("responsibleStaff"),
            new CreateProgram.TargetsRequest(
                Number(texts, state, "targets.organisationsReached"),
                Number(texts, state, "targets.participations"),
                Number(texts, state, "targets.satisfaction")));

    /// <summary>The form filled with the program as it is.</summary>
    public static FormState Of(ProgramSummary program) => FormState.Empty()
        .With("name", program.Name)
        .With("starts", program.Starts.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        .With("ends", program.Ends.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        .With("responsibleStaff", program.ResponsibleStaff)
        .With("targets.organisationsReached", program.Targets.OrganisationsReached.ToString(CultureInfo.InvariantCulture))
        .With("targets.participations", program.Targets.Participations.ToString(CultureInfo.InvariantCulture))
        .With("targets.satisfaction", program.Targets.Satisfaction.ToString(CultureInfo.InvariantCulture));

    private static DateOnly? Day(ITexts texts, FormState state, string name)
    {
        var raw = state.Value(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (DateOnly.TryParse(raw.Trim(), CultureInfo.InvariantCulture, out var day))
        {
            return day;
        }
        state.AddError(name, texts.Get("catalog.programs.date-invalid"));
        return null;
    }

    // Empty counts as 0, as a JSON body without the target would; the API checks the ranges.
    private static int Number(ITexts texts, FormState state, string name)
    {
        var raw = state.Value(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return 0;
        }
        if (int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        state.AddError(name, texts.Get("catalog.shared.whole-number"));
        return 0;
    }
}
