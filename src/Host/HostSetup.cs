using Autofac;
using Autofac.Extensions.DependencyInjection;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Host.Embedded;
using Kompetenzzentrum.Host.Imports;
using Kompetenzzentrum.Host.Logging;
using Kompetenzzentrum.Host.Mail;
using Kompetenzzentrum.Host.OpenApi;
using Kompetenzzentrum.Host.Persistence;
using Kompetenzzentrum.Host.Plugins;
using Kompetenzzentrum.Host.Scheduling;
using Kompetenzzentrum.Host.Security;
using Kompetenzzentrum.Host.Seeding;
using Kompetenzzentrum.Host.StartupChecks;
using Kompetenzzentrum.Host.Telemetry;
using Kompetenzzentrum.Host.Templates;
using Kompetenzzentrum.Host.Texts;
using Kompetenzzentrum.Host.Ui;
using Kompetenzzentrum.Host.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Npgsql;
using Scalar.AspNetCore;

namespace Kompetenzzentrum.Host;

/// <summary>The composition root: wires infrastructure and whatever modules and plugins were found.</summary>
internal static class HostSetup
{
    public static void AddKompetenzzentrum(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        builder.AddProductionLogging();
        builder.AddTelemetry();
        var embedded = string.IsNullOrWhiteSpace(configuration.GetConnectionString(EmbeddedDatabase.ConnectionName));
        var database = new DatabaseSettings(EmbeddedDatabase.Resolve(builder), configuration["Database:Schema"] ?? "kz");
        // Settings the host cannot run with stop it here, in one sentence each (ConfigurationError); the rest warn.
        var warnings = new ConfigurationWarnings();
        services.AddSingleton(warnings);
        if (!embedded)
        {
            DatabaseCheck.Verify(database.ConnectionString, configuration, TimeProvider.System);
        }
        var paths = ModulePaths.From(configuration);
        ModuleFolderCheck.Verify(paths, configuration, warnings);

        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        var modules = ModuleRegistry.Load(paths, services, configuration, builder.Environment);
        services.AddSingleton(modules);
        builder.Host.ConfigureContainer<ContainerBuilder>(container => modules.ForEachLoaded(m => m.ConfigureContainer(container)));

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<ICenterTenant, DefaultTenantForEveryCenter>();
        services.AddPersistence(database, modules);
        services.AddScheduling(database, modules);
        services.AddSingleton<TemplateRenderer>();
        services.AddTexts<ResourceTexts>("common");
        services.AddTexts<NavigationMenu>("host");
        services.AddSingleton<ResourceTexts>();
        services.AddSingleton<ITexts>(sp => sp.GetRequiredService<ResourceTexts>());
        services.AddSingleton<ITemplateRenderer>(sp => sp.GetRequiredService<TemplateRenderer>());
        services.AddSingleton<IImportFileReader, ImportFileReader>();
        services.AddSecurity(configuration);
        services.AddDataProtection().SetApplicationName("kompetenzzentrum");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            options => options.XmlRepository = new DatabaseKeyRepository(sp.GetRequiredService<NpgsqlDataSource>(), database)));
        services.AddSingleton<OutboxSeal>();
        services.AddSingleton<OutboxMailSender>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<OutboxMailSender>());
        services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<OutboxMailSender>());
        services.AddSingleton<IPersonalDataExporter>(sp => sp.GetRequiredService<OutboxMailSender>());
        services.AddSingleton<Contracts.Organisations.IOrganisationHistorySource, OutboxHistory>();
        var smtp = configuration.GetSection("Mail:Smtp");
        SmtpCheck.Verify(smtp);
        services.Configure<SmtpSettings>(smtp);
        services.AddHostedService<ReachabilityCheck>();
        if (!string.IsNullOrWhiteSpace(smtp["Host"]))
        {
            services.AddHostedService<SmtpDispatcher>();
        }
        services.AddUi();
        services.AddProblemHandling();
        services.AddHealth();
        services.AddDocumentedOpenApi();
        if (DemoAccounts.IsOn(configuration, embedded))
        {
            DemoAccounts.Offer(builder, embedded);
            services.AddHostedService<DemoSeeding>();
        }
        // Modules' own background services start after the store and scheduler are ready.
        foreach (var hosted in modules.Entries.SelectMany(e => e.HostedServices))
        {
            services.Add(hosted);
        }
    }

    public static void UseKompetenzzentrum(this WebApplication app)
    {
        var modules = app.Services.GetRequiredService<ModuleRegistry>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // First, so that every answer, the host's own problems and errors included, is in the request's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CorrelationMiddleware>();
        // The center before routing: a center's path prefix moves into the PathBase, so routing sees the path without it.
        app.UseMiddleware<CenterMiddleware>();
        app.UseRouting();
        app.UseTelemetry();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseMiddleware<WriteConcurrencyMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<UserInOperationMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<CrossSiteRequestGuard>();

        app.MapHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(options => options.WithNonce()).AllowAnonymous();
        app.MapModules();
        app.MapTemplates();
        app.MapOutbox();
        app.MapModuleEndpoints(modules);
        app.MapUi(modules);

        foreach (var warning in app.Services.GetRequiredService<ConfigurationWarnings>().Sentences)
        {
            app.Logger.LogWarning("{Warning}", warning);
        }
        foreach (var entry in modules.Entries.Where(e => e.Reason is not null))
        {
            app.Logger.LogWarning("Module {File} is {Status}: {Reason}", entry.Path, entry.Status, entry.Reason);
        }
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "Kompetenzzentrum is ready: {Urls} (API reference at /scalar)", string.Join(", ", app.Urls)));
    }

    /// <summary>The title of the 503 of a module that failed after its endpoints were mapped, in the request's language.</summary>
    internal static string ModuleUnavailable(HttpContext http, string module) =>
        http.RequestServices.GetRequiredService<ITexts>().Get("host.problem.module-unavailable", TextArgs.Of(("module", module)));

    private static void MapModuleEndpoints(this WebApplication app, ModuleRegistry modules)
    {
        foreach (var entry in modules.Entries.Where(e => e.IsLoaded))
        {
            var descriptor = entry.Descriptor!;
            // Signed-in users only, unless an endpoint says AllowAnonymous: a plugin that forgets to declare a
            // policy is closed, not open. (No fallback policy: unknown URLs answer 404, not 401.)
            var group = app.MapGroup($"/api/{descriptor.Id}").WithTags(descriptor.Name.En).RequireAuthorization();
            // Protocols with a fixed root of their own (OData at /odata) get the same guard rails.
            var root = app.MapGroup("").WithTags(descriptor.Name.En).RequireAuthorization();
            // A module that failed after its endpoints were mapped answers 503 instead of half-working; a plugin endpoint
            // that throws marks the plugin degraded (PluginIsolation).
            foreach (var builder in new[] { group, root })
            {
                builder.AddModuleGuard(entry, http =>
                    Results.Problem(statusCode: 503, title: ModuleUnavailable(http, descriptor.Id), detail: entry.Reason));
            }
            try
            {
                entry.Module!.MapEndpoints(group);
                entry.Module.MapRootEndpoints(root);
            }
            catch (Exception ex)
            {
                entry.Fail("mapping endpoints threw " + ModuleDiscovery.Describe(ex));
            }
        }
    }
}
