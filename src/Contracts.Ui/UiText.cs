using System.Globalization;

namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>
/// The request's language and how pages format dates in it. The host sets the request's UI culture from the
/// language switch (cookie <c>kz.lang</c>); page texts come from the modules' resource files through
/// <see cref="Texts.ITexts"/>: <c>@Texts.Get("common.page.sign-in")</c>. There is no inline German/English pair
/// here on purpose: every word lives in a <c>Texts.resx</c> and its <c>Texts.en.resx</c>, where a test finds a missing language.
/// </summary>
public static class UiText
{
    /// <summary>Whether the current request is shown in English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The current language code, <c>de</c> or <c>en</c>.</summary>
    public static string Language => IsEnglish ? "en" : "de";

    /// <summary>A date and time in Europe/Berlin, formatted for the current language.</summary>
    public static string When(DateTimeOffset instant) => When(instant, IsEnglish);

    /// <summary>A date and time in Europe/Berlin, in English or German.</summary>
    public static string When(DateTimeOffset instant, bool english)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Berlin);
        return english
            ? local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"))
            : local.ToString("ddd, d. MMM yyyy, HH:mm 'Uhr'", CultureInfo.GetCultureInfo("de-DE"));
    }

    /// <summary>A calendar date formatted for the current language.</summary>
    public static string Day(DateOnly day) => Day(day, IsEnglish);

    /// <summary>A calendar date in English or German.</summary>
    public static string Day(DateOnly day, bool english) => english
        ? day.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
        : day.ToString("d. MMM yyyy", CultureInfo.GetCultureInfo("de-DE"));

    /// <summary>The center's time zone, in which every date on a page is shown and entered.</summary>
    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
}
