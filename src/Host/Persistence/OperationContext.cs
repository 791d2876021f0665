namespace Kompetenzzentrum.Host.Persistence;

/// <summary>
/// Who is acting and in which operation, for the current request or job. Flows with the async context so
/// that every Marten session opened inside it stamps its events with correlation, causation and user.
/// </summary>
internal sealed record OperationContext(string CorrelationId, string? CausationId, string? UserName)
{
    private static readonly AsyncLocal<OperationContext?> Ambient = new();

    public static OperationContext? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }
}
