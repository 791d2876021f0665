namespace Kompetenzzentrum.Host.Persistence;

/// <summary>
/// Who is acting and in which operation, for the current request or job. Flows with the async context so
/// that every Marten session opened inside it stamps its events with correlation, causation and user, and opens
/// the tenant of its <see cref="Center"/> (<see cref="ICenterTenant"/>).
/// </summary>
/// <param name="CorrelationId">The operation's correlation id (the request's or the job firing's).</param>
/// <param name="CausationId">What caused it (the request's trace id, the job's trigger).</param>
/// <param name="UserName">Who acts: the account id, or <c>job:</c> and the job's key.</param>
/// <param name="Center">
/// The short name of the center the operation works for: the request's (<c>Web.CenterMiddleware</c>) or the one recorded
/// with a job (<see cref="CenterKey"/> in its data); null: the default center.
/// </param>
internal sealed record OperationContext(string CorrelationId, string? CausationId, string? UserName, string? Center = null)
{
    /// <summary>The key of a job's data under which the center it works for is recorded.</summary>
    public const string CenterKey = "kz:center";

    private static readonly AsyncLocal<OperationContext?> Ambient = new();

    public static OperationContext? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }
}
