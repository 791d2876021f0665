using JasperFx;
using JasperFx.Events.Daemon;
using JasperFx.MultiTenancy;
using JasperFx.OpenTelemetry;
using Kompetenzzentrum.Host.Logging;
using Kompetenzzentrum.Host.Plugins;
using Kompetenzzentrum.Host.Telemetry;
using Marten;
using Npgsql;
using Weasel.Core;

namespace Kompetenzzentrum.Host.Persistence;

/// <summary>The one shared Marten store: event store with metadata, module contributions, async daemon.</summary>
internal static class MartenSetup
{
    public static void AddPersistence(this IServiceCollection services, DatabaseSettings settings, ModuleRegistry modules)
    {
        services.AddSingleton(settings);
        services.AddSingleton(_ => NpgsqlDataSource.Create(settings.ConnectionString));
        services.AddHostedService<SchemaInitializer>();

        services.AddMarten(sp =>
            {
                // Before Marten compares the schema: the event tables of a previous version's database (docs/tenancy.md).
                ConjoinedEventTables.Prepare(settings, sp.GetRequiredService<NpgsqlDataSource>());
                var options = new StoreOptions();
                options.Connection(settings.StoreConnectionString);
                options.DatabaseSchemaName = settings.Schema;
                options.Events.DatabaseSchemaName = settings.Schema;
                // A network of centers (docs/tenancy.md): every stream and event carries its center as tenant id.
                // Rows written before carry Marten's default tenant (*DEFAULT*), the default center.
                options.Events.TenancyStyle = TenancyStyle.Conjoined;
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.UserNameEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.Schema.For<Seeding.DemoSeeded>().SingleTenanted();
                // Connections and appended events for OpenTelemetry (activity source and meter "Marten"), only when exported.
                var telemetry = sp.GetRequiredService<TelemetrySettings>();
                if (telemetry.ExportsTraces)
                {
                    options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
                }
                if (telemetry.ExportsMetrics)
                {
                    options.OpenTelemetry.TrackEventCounters();
                    options.Listeners.Add(new BookingEventCounter(sp.GetRequiredService<KompetenzzentrumMetrics>()));
                }
                // A plugin's inline projections run guarded: what they throw does not fail other modules' writes.
                modules.ConfigureMarten(options);
                options.Schema.For<Contracts.Imports.PendingImport>();
                return options;
            })
            .UseLightweightSessions()
            .BuildSessionsWith<StampingSessionFactory>()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(DaemonMode.HotCold);
        MartenSqlLogger.ReplaceMartensLogger(services);
    }
}
