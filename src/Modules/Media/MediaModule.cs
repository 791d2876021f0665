using JasperFx.Events.Grouping;
using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Files;
using Kompetenzzentrum.Modules.Media.Library;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Kompetenzzentrum.Modules.Media.Progress;
using Kompetenzzentrum.Modules.Media.Publishing;
using Kompetenzzentrum.Modules.Media.Tours;
using Kompetenzzentrum.Modules.Media.Videos;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

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
            EpisodeDecider.OfferingType,
            new("Podcastfolge", "Podcast episode"),
            new("Eine Folge des Podcasts „Smarter Mittelstand“.", "An episode of the Smarter Mittelstand podcast."),
            CapacityModel.Unlimited,
            []));
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            VideoDecider.OfferingType,
            new("Kurz erklärt", "Explainer video"),
            new("Ein kurzes Video, das einen Schlüsselbegriff der Digitalisierung erklärt.",
                "A short video explaining a key term of digitalisation."),
            CapacityModel.Unlimited,
            []));
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            "experience-tour",
            new("Erlebnistour", "Experience tour"),
            new("Besuch eines Unternehmens, das ein Digitalisierungsprojekt umgesetzt hat.",
                "A visit to a company that has carried out a digitalisation project."),
            CapacityModel.SeatsPerSession,
            [])
        { DetailsPage = TourPages.PathTemplate });
        context.Services.AddTexts<MediaModule>("media");
        context.Services.AddScoped<PublishingForms>();
        context.Services.AddSingleton<ProgressPersonalData>();
        context.Services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<ProgressPersonalData>());
        context.Services.AddSingleton<IPersonalDataExporter>(sp => sp.GetRequiredService<ProgressPersonalData>());
        context.Services.AddSingleton<IModuleSeeder, DemoData.DemoMediaSeeder>();
        var settings = MediaSettings.From(context.Configuration, context.Environment);
        context.Services.AddSingleton(settings);
        if (settings.S3 is null)
        {
            context.Services.AddSingleton<IMediaStorage, LocalMediaStorage>();
        }
        else
        {
            context.Services.AddSingleton<IMediaStorage, S3MediaStorage>();
        }
    }

    public override void ConfigureJobs(IQuartzBuilder quartz) =>
        quartz.AddJob<EpisodePublicationJob>(job => job.WithIdentity(EpisodePublicationJob.Key).StoreDurably());

    public override void ConfigureMarten(StoreOptions options)
    {
        options.Schema.For<MediaFile>();
        options.Projections.Add<PodcastSeriesProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<PodcastSeries>().MultiTenanted().UniqueIndex(s => s.Slug);
        options.Projections.Add<PodcastEpisodeProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<PodcastEpisode>().MultiTenanted().Index(e => e.SeriesId);
        options.Projections.Add<ExplainerVideoProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ExplainerVideo>().MultiTenanted();
        options.Projections.AddGlobalProjection(new PlaybackProgressProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new PlayCountProjection { TenancyGrouping = TenancyGrouping.AcrossTenants }, ProjectionLifecycle.Inline);
        options.Projections.Add<TourDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<TourDetails>().MultiTenanted();
        options.Projections.Add<TourStreamProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<TourStream>().MultiTenanted();
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapFiles();
        api.MapPodcasts();
        api.MapVideos();
        api.MapProgress();
        api.MapTours();
        api.MapLibrary();
    }

    public override void MapPages(IEndpointRouteBuilder pages)
    {
        pages.MapLibraryPages();
        pages.MapPublishingPages();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new(LibraryPages.Path, new("Mediathek", "Media library"), NavigationArea.Public, 40),
        new(PublishingPages.Path, new("Medien", "Media"), NavigationArea.Staff, 60, Policies.Staff),
    ];
}
