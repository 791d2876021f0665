using JasperFx.Events.Grouping;
using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Crm;
using Kompetenzzentrum.Modules.Organisations.DemoData;
using Kompetenzzentrum.Modules.Organisations.Duplicates;
using Kompetenzzentrum.Modules.Organisations.Imports;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Maturity.Merges;
using Kompetenzzentrum.Modules.Organisations.Maturity.Peers;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;
using Kompetenzzentrum.Modules.Organisations.Maturity.Reminders;
using Kompetenzzentrum.Modules.Organisations.Notifications;
using Kompetenzzentrum.Modules.Organisations.Privacy;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Kompetenzzentrum.Modules.Organisations.Team;
using Kompetenzzentrum.Modules.Organisations.Tokens;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Modules.Organisations;

/// <summary>Organisations, members, accounts, roles, access tokens, consent and GDPR rights.</summary>
public sealed class OrganisationsModule : ModuleBase
{
    // Read in ConfigureServices, which the host calls before ConfigureJobs.
    private ReminderDelay _reminders = ReminderDelay.From(new ConfigurationBuilder().Build());

    public override ModuleDescriptor Descriptor { get; } = new(
        "organisations",
        new LocalizedText("Unternehmen und Zugänge", "Organisations and accounts"),
        new Version(0, 2, 0),
        "Mittelstand-Digital Kompetenzzentrum");

    public override void ConfigureServices(ModuleServicesContext context)
    {
        var services = context.Services;
        services.AddTexts<OrganisationsModule>("organisations");
        // ASP.NET Core Identity's hasher: PBKDF2 with HMAC-SHA512, salted, 100,000 iterations.
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddSingleton(new PublicLinks(context.Configuration[PublicLinks.Setting] ?? "http://localhost:5000"));
        services.AddSingleton<IPersonalAccessTokenValidator, AccessTokenValidator>();
        services.AddSingleton<AccountCache>();
        services.AddSingleton<IClaimsTransformation, AccountClaims>();
        services.AddSingleton<Erasure>();
        services.AddSingleton<IOrganisationPrivacy, OrganisationPrivacy>();
        services.AddSingleton<IConfigureMarten, LockoutMailSubscriptionSetup>();
        services.AddSingleton<IMaturityProfiles, MaturityProfileReader>();
        services.AddSingleton<IOrganisationContacts, OrganisationContacts>();
        services.AddSingleton<IMemberAddresses, MemberAddresses>();
        services.AddSingleton<INotificationPreferences, AccountNotificationPreferences>();
        services.AddSingleton<IOrganisationNames, OrganisationNames>();
        services.AddSingleton<IOrganisationExternalIds, OrganisationExternalIds>();
        services.AddSingleton<IOrganisationMergeParticipant, MaturityMerge>();
        services.AddSingleton<IOrganisationMergeParticipant, StaffNoteMerge>();
        services.AddSingleton<IPersonalDataEraser, StaffNoteEraser>();
        services.AddSingleton<IOrganisationHistorySource, RegistryHistory>();
        services.AddSingleton<OrganisationRecords>();
        services.AddSingleton<StaffNotes>();
        _reminders = ReminderDelay.From(context.Configuration);
        services.AddSingleton(_reminders);
        services.AddSingleton(sp => new DemoRoleAccounts(context.Configuration, sp.GetRequiredService<IDocumentStore>(),
            sp.GetRequiredService<IPasswordHasher<Account>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IModuleSeeder, DemoOrganisationsSeeder>();
        services.AddHostedService(sp => new BootstrapAdmin(
            context.Configuration,
            sp.GetRequiredService<IDocumentStore>(),
            sp.GetRequiredService<IPasswordHasher<Account>>(),
            sp.GetRequiredService<TimeProvider>()));
    }

    public override void ConfigureJobs(IQuartzBuilder quartz)
    {
        quartz.AddJob<MaturityReminderJob>(job => job.WithIdentity(MaturityReminderJob.Key).StoreDurably());
        quartz.AddTrigger(trigger => trigger.ForJob(MaturityReminderJob.Key).WithIdentity(MaturityReminderJob.Sweep).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(_reminders.SweepInterval).RepeatForever()));
    }

    public override void ConfigureMarten(Marten.StoreOptions options)
    {
        options.Projections.Add(new MaturityHistoryProjection { TenancyGrouping = TenancyGrouping.AcrossTenants }, ProjectionLifecycle.Inline);
        options.Projections.Add(new MaturityFollowUpProjection { TenancyGrouping = TenancyGrouping.AcrossTenants }, ProjectionLifecycle.Inline);
        options.Projections.Add(new ConfirmedParticipantProjection { TenancyGrouping = TenancyGrouping.AcrossTenants }, ProjectionLifecycle.Inline);
        // Global (docs/tenancy.md): one SME, one account, one maturity history across the network of centers.
        options.Schema.For<MaturityHistory>().SingleTenanted();
        options.Schema.For<MaturityFollowUp>().SingleTenanted();
        options.Schema.For<ConfirmedParticipant>().SingleTenanted();
        options.Schema.For<QuestionSet>().SingleTenanted();
        options.Schema.For<QuestionSetDraft>().SingleTenanted();
        options.Schema.For<DismissedDuplicate>().SingleTenanted();
        options.Projections.AddGlobalProjection(new AccountProjection(), ProjectionLifecycle.Inline);
        options.Projections.AddGlobalProjection(new OrganisationProjection(), ProjectionLifecycle.Inline);
        options.Projections.AddGlobalProjection(new AccessTokenProjection(), ProjectionLifecycle.Inline);
        options.Projections.AddGlobalProjection(new DismissedDuplicateProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<Account>().SingleTenanted().UniqueIndex(a => a.NormalizedEmail!);
        // A re-import finds the organisation by its external id; two imports at once cannot both create it.
        options.Schema.For<Organisation>().SingleTenanted().UniqueIndex(o => o.ExternalId!);
        options.Schema.For<AccessToken>().SingleTenanted().UniqueIndex(t => t.TokenHash);
        options.Schema.For<StaffNote>().Index(n => n.OrganisationId);

        // What erasure blanks in the stored events; ids and coarse attributes stay for research.
        options.Events.AddMaskingRuleForProtectedInformation<AccountRegistered>(e =>
            e with { Email = $"erased-{e.AccountId:N}", DisplayName = "", PasswordHash = "", ConfirmationTokenHash = "" });
        options.Events.AddMaskingRuleForProtectedInformation<PasswordChanged>(e => e with { PasswordHash = "" });
        options.Events.AddMaskingRuleForProtectedInformation<PasswordResetRequested>(e => e with { TokenHash = "" });
        options.Events.AddMaskingRuleForProtectedInformation<ConfirmationReissued>(e => e with { TokenHash = "" });
        options.Events.AddMaskingRuleForProtectedInformation<SignedIn>(e => e with { Device = null });
        options.Events.AddMaskingRuleForProtectedInformation<MemberInvited>(e => e with { Email = "erased", TokenHash = "" });
        options.Events.AddMaskingRuleForProtectedInformation<OrganisationRegistered>(e => e with { Name = "", Postcode = e.Postcode[..2] + "xxx" });
        options.Events.AddMaskingRuleForProtectedInformation<OrganisationDetailsChanged>(
            e => e with { Name = "", Postcode = e.Postcode[..2] + "xxx" });
        options.Events.AddMaskingRuleForProtectedInformation<ContactPersonRecorded>(e => e with { Name = null, Email = null });
        options.Events.AddMaskingRuleForProtectedInformation<AccessTokenCreated>(
            e => e with { Name = "", TokenHash = "erased-" + e.TokenId.ToString("N") });
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapAccounts();
        api.MapSessions();
        api.MapRoles();
        api.MapTokens();
        api.MapPrivacy();
        api.MapNotifications();
        api.MapDuplicates();
        api.MapCrm();
        api.MapRegistry();
        api.MapInvitations();
        api.MapTeam();
        api.MapQuestionSets();
        api.MapChecks();
        api.MapPeers();
    }

    public override void MapRootEndpoints(IEndpointRouteBuilder app) => app.MapImports();

    public override void MapPages(IEndpointRouteBuilder pages)
    {
        pages.MapAccountPages();
        pages.MapRegistrationPages();
        pages.MapPasswordPages();
        pages.MapInvitationPages();
        pages.MapTeamPages();
        pages.MapOrganisationProfilePages();
        pages.MapPrivacyPages();
        pages.MapNotificationPages();
        pages.MapSessionPages();
        pages.MapOrganisationPages();
        pages.MapCheckPages();
        pages.MapTokenPages();
        pages.MapImportPages();
        pages.MapDuplicatePages();
        pages.MapAccountAdminPages();
        pages.MapQuestionSetPages();
        pages.MapCrmPages();
    }

    public override IEnumerable<Contracts.Ui.NavigationItem> Navigation =>
    [
        new(CheckPages.Check, new LocalizedText("Digitalisierungs-Check", "Maturity check"), Contracts.Ui.NavigationArea.Sme, 10),
        new(OrganisationProfilePages.Path, new LocalizedText("Unternehmensprofil", "Company profile"), Contracts.Ui.NavigationArea.Sme, 94,
            Policies.OrganisationAdmin),
        new(PrivacyPages.Path, new LocalizedText("Datenschutz", "Privacy"), Contracts.Ui.NavigationArea.Sme, 96, Policies.SignedIn),
        new(SessionPages.Path, new LocalizedText("Meine Sitzungen", "My sessions"), Contracts.Ui.NavigationArea.Sme, 97, Policies.SignedIn),
        new(NotificationPages.Path, new LocalizedText("Benachrichtigungen", "Notifications"), Contracts.Ui.NavigationArea.Sme, 98,
            Policies.SignedIn),
        new(TeamPages.Path, new LocalizedText("Team", "Team"), Contracts.Ui.NavigationArea.Sme, 95, Policies.OrganisationMember),
        new(TokenPages.Path, new LocalizedText("Zugangstoken", "Access tokens"), Contracts.Ui.NavigationArea.Analyst, 20),
        new(ImportEndpoints.PagePath, new LocalizedText("Import Unternehmen", "Import organisations"), Contracts.Ui.NavigationArea.Staff, 80,
            Policies.Staff),
        new(DuplicatePages.Path, new LocalizedText("Dubletten", "Duplicates"), Contracts.Ui.NavigationArea.Staff, 81, Policies.Staff),
        new(AccountAdminPages.Path, new LocalizedText("Konten und Rollen", "Accounts and roles"), Contracts.Ui.NavigationArea.Staff, 82,
            Policies.PlatformAdmin),
        new(QuestionSetPages.Path, new LocalizedText("Reifegrad-Fragen", "Maturity questions"), Contracts.Ui.NavigationArea.Staff, 83,
            Policies.Staff),
        new(CrmPages.Path, new LocalizedText("Unternehmen", "Organisations"), Contracts.Ui.NavigationArea.Staff, 79, Policies.Staff),
    ];
}
