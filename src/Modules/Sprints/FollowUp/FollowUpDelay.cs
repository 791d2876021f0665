using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>
/// How long after the transfer the follow-up survey goes out: <c>Modules:sprints:FollowUpAfterMonths</c>
/// (default 3 calendar months), or an exact <c>Modules:sprints:FollowUpAfter</c> time span (e.g. <c>00:00:05</c>) for tests.
/// </summary>
internal sealed record FollowUpDelay(int Months, TimeSpan? Exact)
{
    public static FollowUpDelay Default { get; } = new(3, null);

    public DateTimeOffset DueAfter(DateTimeOffset transferredAt) => Exact is { } exact ? transferredAt + exact : transferredAt.AddMonths(Months);

    public static FollowUpDelay From(IConfiguration configuration)
    {
        var exact = configuration["FollowUpAfter"] is { Length: > 0 } text ? TimeSpan.Parse(text, CultureInfo.InvariantCulture) : (TimeSpan?)null;
        return new(configuration.GetValue<int?>("FollowUpAfterMonths") ?? Default.Months, exact);
    }
}
