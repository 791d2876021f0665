using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>
/// Decides about creating and changing a center, pure: the input rules (<see cref="CenterRules"/>), then uniqueness of short
/// name, host name and path prefix among the <c>others</c> (409, the field named), then the version a change was based on
/// (412 when stale, 428 when none is named).
/// </summary>
internal static class CenterDecider
{
    public const string StaleCode = "centers.changed-meanwhile";
    public const string VersionRequiredCode = "centers.version-required";

    public static Decision Create(Guid id, CenterInput input, IReadOnlyList<Center> others, bool isDefault, DateTimeOffset now)
    {
        var checkedInput = CenterRules.Check(input, isDefault);
        if (checkedInput.Refusal is { } invalid)
        {
            return invalid;
        }
        var details = checkedInput.Value;
        return Taken(details, others) is { } taken ? taken : Decision.Accept(new CenterCreated(id, details, isDefault, now));
    }

    public static Decision Change(Center? current, long version, long? expected, CenterInput input, IReadOnlyList<Center> others,
        DateTimeOffset now)
    {
        if (current is null)
        {
            return Refusal.NotFound("centers.not-found");
        }
        var checkedInput = CenterRules.Check(input, current.IsDefault);
        if (checkedInput.Refusal is { } invalid)
        {
            return invalid;
        }
        if (expected is null)
        {
            return Refusal.Stale(VersionRequiredCode);
        }
        if (expected != version)
        {
            return Refusal.Stale(StaleCode);
        }
        var details = checkedInput.Value;
        return Taken(details, others.Where(o => o.Id != current.Id).ToList()) is { } taken ? taken
            : Decision.Accept(new CenterChanged(current.Id, details, now));
    }

    /// <summary>The conflict of a short name, host name or path prefix another center has (either as host or prefix).</summary>
    public static Refusal? Taken(CenterDetails details, IReadOnlyList<Center> others)
    {
        if (others.Any(o => o.Details.ShortName == details.ShortName))
        {
            return Conflict("shortName", "centers.short-name-taken");
        }
        if (details.HostName is { } host && others.Any(o => o.Details.HostName == host))
        {
            return Conflict("hostName", "centers.host-taken");
        }
        if (details.PathPrefix is { } prefix && others.Any(o => o.Details.PathPrefix == prefix))
        {
            return Conflict("pathPrefix", "centers.prefix-taken");
        }
        return null;
    }

    /// <summary>A 409 that still names its field, so the form shows the reason next to it.</summary>
    public static Refusal Conflict(string field, string code) =>
        Refusal.Conflict(code) with { Fields = [new FieldError(field, code, TextArgs.None)] };
}
