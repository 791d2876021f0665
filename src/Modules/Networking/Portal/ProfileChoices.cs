using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Networking.Regions;

namespace Kompetenzzentrum.Modules.Networking.Portal;

/// <summary>The options of the profile form and the texts of an introduction's status, in the reader's language.</summary>
internal static class ProfileChoices
{
    // The sections of the German classification of economic activities (WZ 2008), A to U, by their text codes.
    private static readonly string[] Sections =
    [
        "networking.industry.a",
        "networking.industry.b",
        "networking.industry.c",
        "networking.industry.d",
        "networking.industry.e",
        "networking.industry.f",
        "networking.industry.g",
        "networking.industry.h",
        "networking.industry.i",
        "networking.industry.j",
        "networking.industry.k",
        "networking.industry.l",
        "networking.industry.m",
        "networking.industry.n",
        "networking.industry.o",
        "networking.industry.p",
        "networking.industry.q",
        "networking.industry.r",
        "networking.industry.s",
        "networking.industry.t",
        "networking.industry.u",
    ];

    public static IEnumerable<(string Value, string Text)> Industries(ITexts texts) =>
        Sections.Select((code, i) => (((char)('A' + i)).ToString(), $"{(char)('A' + i)} – {texts.Get(code)}"));

    public static IEnumerable<(string Value, string Text)> States() =>
        StateBorders.Codes.Select(code => (code, StateBorders.NameOf(StateBorders.IndexOf(code)))).OrderBy(s => s.Item2, StringComparer.Ordinal);

    public static IEnumerable<(string Value, string Text)> Levels() =>
        Enum.GetValues<MaturityLevel>().Select(l => (l.ToString(), l.ToString()));

    public static IEnumerable<(string Value, string Text)> TopicOptions() =>
        Topics.All.Select(t => (t.Key, t.Name.For(System.Globalization.CultureInfo.CurrentUICulture)));

    public static string TopicName(string key) => Topics.Find(key)?.Name.For(System.Globalization.CultureInfo.CurrentUICulture) ?? key;

    public static string Status(ITexts texts, string status) => status switch
    {
        "awaiting-your-answer" => texts.Get("networking.status.awaiting-your-answer"),
        "waiting-for-other-side" => texts.Get("networking.status.waiting-for-other-side"),
        "connected" => texts.Get("networking.status.connected"),
        "met" => texts.Get("networking.status.met"),
        "completed" => texts.Get("networking.status.completed"),
        "declined" => texts.Get("networking.status.declined"),
        _ => texts.Get("networking.status.closed"),
    };
}
