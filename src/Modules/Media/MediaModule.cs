using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;

namespace Kompetenzzentrum.Modules.Media;

/// <summary>Low-threshold formats: the podcast, short explainer videos and on-site experience tours.</summary>
public sealed class MediaModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "media",
        new LocalizedText("Podcast, Videos und Erlebnistouren", "Podcast, videos and experience tours"),
        new Version(0, 1, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        ["catalog"]);

    public override void ConfigureServices(ModuleServicesContext context)
    {
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            "podcast-episode",
            new("Podcastfolge", "Podcast episode"),
            new("Eine Folge des Podcasts „Smarter Mittelstand“.", "An episode of the Smarter Mittelstand podcast."),
            CapacityModel.Unlimited,
            []));
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            "video",
            new("Kurz erklärt", "Explainer video"),
            new("Ein kurzes Video, das einen Schlüsselbegriff der Digitalisierung erklärt.", "A short video explaining a key term of digitalisation."),
            CapacityModel.Unlimited,
            []));
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            "experience-tour",
            new("Erlebnistour", "Experience tour"),
            new("Besuch eines Unternehmens, das ein Digitalisierungsprojekt umgesetzt hat.", "A visit to a company that has carried out a digitalisation project."),
            CapacityModel.SeatsPerSession,
            []));
    }
}
