using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// The API's validation messages (English, stable for API clients) as pages show them: in German unless the
/// user switched to English. Unknown messages pass through unchanged.
/// </summary>
internal static partial class PageMessages
{
    private static readonly Dictionary<string, string> German = new(StringComparer.Ordinal)
    {
        ["A valid e-mail address is required."] = "Bitte geben Sie eine gültige E-Mail-Adresse an.",
        ["A name of up to 120 characters is required."] = "Bitte geben Sie einen Namen mit höchstens 120 Zeichen an.",
        ["The terms of use must be accepted."] = "Bitte akzeptieren Sie die Nutzungsbedingungen.",
        ["The e-mail address is taken."] = "Für diese E-Mail-Adresse gibt es bereits ein Konto.",
        ["The confirmation link is invalid or was already used."] = "Der Code ist ungültig oder wurde schon verwendet.",
        ["The password is longer than 200 characters."] = "Das Passwort ist länger als 200 Zeichen.",
        ["The password needs three of: lower case, upper case, digits, other characters."] = "Das Passwort braucht drei von: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen.",
        ["The password is too common."] = "Dieses Passwort ist zu verbreitet.",
        ["The password must not contain the e-mail address."] = "Das Passwort darf die E-Mail-Adresse nicht enthalten.",
        ["A name of up to 200 characters is required."] = "Bitte geben Sie einen Namen mit höchstens 200 Zeichen an.",
        ["Kind must be 'sme' or 'startup'."] = "Bitte wählen Sie die Art.",
        ["Industry must be a WZ 2008 section letter A–U."] = "Bitte wählen Sie die Branche.",
        ["Size class must be 'micro' (< 10), 'small' (< 50) or 'medium' (< 250 employees)."] = "Bitte wählen Sie die Größe.",
        ["Federal state must be a code such as 'BE' or 'BB'."] = "Bitte wählen Sie das Bundesland.",
        ["Postcode must have five digits."] = "Die Postleitzahl hat fünf Ziffern.",
        ["Answer this question."] = "Bitte beantworten Sie diese Frage.",
    };

    public static ApiOutcome Localized(ApiOutcome outcome) => UiText.IsEnglish || outcome.Errors.Count == 0
        ? outcome
        : outcome with { Errors = outcome.Errors.ToDictionary(e => e.Key, e => e.Value.Select(Translate).ToArray(), StringComparer.OrdinalIgnoreCase) };

    private static string Translate(string message)
    {
        if (German.TryGetValue(message, out var german))
        {
            return german;
        }
        return MinimumLength().Match(message) is { Success: true } m ? $"Das Passwort braucht mindestens {m.Groups[1].Value} Zeichen." : message;
    }

    [GeneratedRegex("^The password needs at least ([0-9]+) characters\\.$")]
    private static partial Regex MinimumLength();
}
