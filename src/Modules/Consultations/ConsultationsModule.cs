using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Modules.Consultations.Merges;
using Kompetenzzentrum.Modules.Consultations.Notifications;
using Kompetenzzentrum.Modules.Consultations.Outcomes;
using Kompetenzzentrum.Modules.Consultations.Privacy;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Kompetenzzentrum.Modules.Consultations.UseCases;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Consultations;

/// <summary>One-hour AI consultations with a questionnaire answered beforehand.</summary>
public sealed class ConsultationsModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new(
        "consultations",
        new LocalizedText("KI-Sprechstunde", "AI consultation"),
        new Version(0, 2, 0),
        "Mittelstand-Digital Kompetenzzentrum",
        ["catalog"]);

    public override void ConfigureServices(ModuleServicesContext context)
    {
        context.Services.AddOfferingType(new OfferingTypeDefinition(
            "consultation",
            new("KI-Sprechstunde", "AI consultation"),
            new("Eine Stunde mit einer KI-Expertin oder einem KI-Experten, vorbereitet durch einen Fragebogen.",
                "One hour with an AI expert, prepared by a questionnaire."),
            CapacityModel.OneToOneSlot,
            [QuestionnaireAnsweredRule.RuleKey]));
        context.Services.AddSingleton<IBookingRule, QuestionnaireAnsweredRule>();
        context.Services.AddTexts<ConsultationsModule>("consultations");
        context.Services.AddSingleton<ISlotBookingMails, ConsultationSlotMails>();
        context.Services.AddScoped<BookingEndpoints.Services>();
        context.Services.AddScoped<ExpertProfiles>();
        context.Services.AddScoped<UseCaseChanges>();
        context.Services.AddScoped<QuestionnaireVersions>();
        context.Services.AddSingleton<IModuleSeeder, ConsultationSeeder>();
        context.Services.AddSingleton<IModuleSeeder, DemoData.DemoExpertsSeeder>();
        context.Services.AddSingleton<ConsultationPersonalData>();
        context.Services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<ConsultationPersonalData>());
        context.Services.AddSingleton<IPersonalDataExporter>(sp => sp.GetRequiredService<ConsultationPersonalData>());
        context.Services.AddSingleton<IOrganisationMergeParticipant, ConsultationsMerge>();
        context.Services.AddSingleton<IOrganisationHistorySource, History.ConsultationHistory>();
        ConsultationMailTemplates.Register(context.Services);
    }

    public override void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Add<ConsultationExpertProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ConsultationExpert>().MultiTenanted();
        options.Projections.Add<ConsultationOfferingProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ConsultationOffering>().MultiTenanted();
        options.Projections.Add<ConsultationQuestionnaireProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ConsultationQuestionnaire>().MultiTenanted();
        options.Projections.Add<ConsultationUseCaseProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ConsultationUseCase>().MultiTenanted();
        options.Projections.Add<ConsultationProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<Consultation>().MultiTenanted().Index(c => c.OrganisationId);
        options.Schema.For<ConsultationTexts>().MultiTenanted().Index(t => t.OrganisationId);
        options.Schema.For<ConsultationBookingLink>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapExperts();
        api.MapConsultationOfferings();
        api.MapQuestionnaire();
        api.MapUseCases();
        api.MapRequests();
        api.MapBooking();
        api.MapOutcomes();
    }

    public override void MapPages(IEndpointRouteBuilder pages)
    {
        pages.MapConsultationPages();
        pages.MapStaffConsultationPages();
        pages.MapExpertPages();
        pages.MapUseCasePages();
        pages.MapQuestionnairePages();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new(ConsultationPages.Path, new("KI-Sprechstunde", "AI consultation"), NavigationArea.Sme, 40),
        new(StaffConsultationPages.Path, new("KI-Sprechstunde", "AI consultations"), NavigationArea.Staff, 40),
    ];
}
