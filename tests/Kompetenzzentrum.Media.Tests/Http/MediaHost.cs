using System.Collections.Concurrent;
using System.Globalization;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Media.Tests.Http;

/// <summary>
/// One host for the media HTTP tests, with a controllable clock, its own temporary storage folder and a
/// small upload limit (64 KiB) so that the 413 is cheap to provoke.
/// </summary>
public sealed class MediaHostFixture : ClockedHostFixture
{
    public const long MaxUploadBytes = 64 * 1024;

    private readonly string _storage = Path.Combine(Path.GetTempPath(), "kz-media-" + Guid.NewGuid().ToString("N"));

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:media:StoragePath"] = _storage,
        ["Modules:media:MaxUploadMegabytes"] = (MaxUploadBytes / (1024.0 * 1024)).ToString(CultureInfo.InvariantCulture),
    };

    private readonly ErrorLog _errors = new();

    /// <summary>The host's recent errors with their exceptions, for failure messages.</summary>
    public string Problems() => string.Join("\n", _errors.Lines.TakeLast(5));

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<ILoggerProvider>(_errors);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_storage))
        {
            Directory.Delete(_storage, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MediaHost : ICollectionFixture<MediaHostFixture>
{
    public const string Name = "media host";
}

/// <summary>Errors with their exceptions (the shared captured log keeps only messages).</summary>
internal sealed class ErrorLog : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
