using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>What the survey mail template sees (Scriban names: <c>offering_type</c>, <c>topics</c>, <c>link</c>).</summary>
internal sealed record SurveyMailModel(string OfferingType, IReadOnlyList<string> Topics, string Link);

/// <summary>
/// The default German and English survey mail. Its link carries a token that answers the survey without sign-in, so
/// the template carries a secret: only platform administrators may override it, and the outbox keeps the mail sealed.
/// </summary>
internal static class SurveyMail
{
    public const string Key = "research.feedback-survey";
    public const string Category = "research.feedback-survey";

    public static readonly SurveyMailModel Sample = new("experience-tour", ["ki", "daten"], "https://example.org/umfrage/abc");

    private const string De = """
        Guten Tag,

        vielen Dank für Ihre Teilnahme ({{ offering_type }}{{ if topics.size > 0 }}: {{ topics | array.join ", " }}{{ end }}).
        Wie zufrieden waren Sie, und welche Themen wünschen Sie sich als Nächstes? Die Umfrage dauert zwei Minuten:

        {{ link }}

        Ihre Antworten werden nur pseudonymisiert ausgewertet.
        """;

    private const string En = """
        Hello,

        thank you for taking part ({{ offering_type }}{{ if topics.size > 0 }}: {{ topics | array.join ", " }}{{ end }}).
        How satisfied were you, and which topics would you like next? The survey takes two minutes:

        {{ link }}

        Your answers are evaluated under a pseudonym only.
        """;

    public static void Register(IServiceCollection services)
    {
        const string Description = "Feedback survey after a completed participation";
        services.AddDefaultTemplate(new TemplateDefinition(Key, "de", De, Description, Sample) { CarriesSecret = true });
        services.AddDefaultTemplate(new TemplateDefinition(Key, "en", En, Description, Sample) { CarriesSecret = true });
    }

    /// <summary>The subject in the language of <paramref name="texts"/>: the recipient's (<see cref="ITexts.In"/>), not the request's.</summary>
    public static string Subject(ITexts texts) => texts.Get("research.mail.feedback-survey.subject");
}
