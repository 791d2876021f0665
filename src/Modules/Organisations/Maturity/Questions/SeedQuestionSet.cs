using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

/// <summary>Version 1 of the check, built in: three questions per EU dimension, one pair per topic, one on time.</summary>
internal static class SeedQuestionSet
{
    private static readonly IReadOnlyList<LocalizedText> Scale04 =
    [
        new("Gar nicht", "Not at all"),
        new("Ansatzweise", "Barely"),
        new("Teilweise", "Partly"),
        new("Weitgehend", "Largely"),
        new("Vollständig", "Fully"),
    ];

    private static readonly IReadOnlyList<LocalizedText> Scale15 =
    [
        new("Sehr gering", "Very low"),
        new("Gering", "Low"),
        new("Mittel", "Medium"),
        new("Hoch", "High"),
        new("Sehr hoch", "Very high"),
    ];

    private static readonly Dictionary<string, (string De, string En)[]> DimensionTexts = new()
    {
        [MaturityDimensions.Strategy] =
        [
            ("Wir haben eine schriftliche Digitalisierungsstrategie.", "We have a written digital strategy."),
            ("Wir planen Budget für Digitalisierung ein.", "We budget for digitalisation."),
            ("Die Geschäftsführung treibt Digitalisierung aktiv voran.", "Management actively drives digitalisation."),
        ],
        [MaturityDimensions.Readiness] =
        [
            ("Unsere IT-Ausstattung ist aktuell.", "Our IT equipment is up to date."),
            ("Kernprozesse laufen digital.", "Core processes run digitally."),
            ("Wir nutzen Cloud-Dienste.", "We use cloud services."),
        ],
        [MaturityDimensions.HumanCentric] =
        [
            ("Beschäftigte werden regelmäßig digital weitergebildet.", "Staff are trained in digital skills regularly."),
            ("Beschäftigte werden bei neuen Werkzeugen beteiligt.", "Staff take part in choosing new tools."),
            ("Wir haben Ansprechpersonen für digitale Fragen.", "We have contact persons for digital questions."),
        ],
        [MaturityDimensions.Data] =
        [
            ("Unsere Daten sind zentral und strukturiert abgelegt.", "Our data is stored centrally and structured."),
            ("Wir werten Daten für Entscheidungen aus.", "We analyse data to make decisions."),
            ("Datenschutz und Datensicherheit sind geregelt.", "Data protection and security are organised."),
        ],
        [MaturityDimensions.Automation] =
        [
            ("Wiederkehrende Aufgaben sind automatisiert.", "Recurring tasks are automated."),
            ("Wir setzen KI-Werkzeuge ein.", "We use AI tools."),
            ("Maschinen oder Systeme tauschen Daten automatisch aus.", "Machines or systems exchange data automatically."),
        ],
        [MaturityDimensions.Green] =
        [
            ("Wir messen den Energieverbrauch unserer IT.", "We measure the energy use of our IT."),
            ("Digitale Lösungen helfen uns, Ressourcen zu sparen.", "Digital solutions help us save resources."),
            ("Nachhaltigkeit zählt bei IT-Beschaffungen.", "Sustainability counts when buying IT."),
        ],
    };

    public static QuestionSet Version1 { get; } = Build();

    private static QuestionSet Build()
    {
        var questions = new List<Question>();
        foreach (var dimension in MaturityDimensions.All)
        {
            questions.AddRange(DimensionTexts[dimension].Select((t, i) =>
                new Question($"{dimension}-{i + 1}", QuestionKinds.Dimension, dimension, new LocalizedText(t.De, t.En), Scale04)));
        }
        foreach (var topic in Topics.All)
        {
            questions.Add(new Question($"{topic.Key}-relevance", QuestionKinds.TopicRelevance, topic.Key,
                new LocalizedText($"Wie wichtig ist {topic.Name.De} für Ihr Unternehmen?", $"How relevant is {topic.Name.En} to your business?"),
                Scale15));
            questions.Add(new Question($"{topic.Key}-implementation", QuestionKinds.TopicImplementation, topic.Key,
                new LocalizedText($"Wie weit haben Sie {topic.Name.De} umgesetzt?", $"How far have you implemented {topic.Name.En}?"), Scale15));
        }
        questions.Add(new Question("time-short", QuestionKinds.TimeShort, "",
            new LocalizedText(
                "Unsere Zeit ist knapp; wir bevorzugen asynchrone Formate (Videos, Podcasts).",
                "Time is short; we prefer asynchronous formats (videos, podcasts)."),
            [new("Nein", "No"), new("Ja", "Yes")]));
        return new QuestionSet { Id = 1, Questions = questions, PublishedAt = DateTimeOffset.UnixEpoch };
    }
}
