using Kompetenzzentrum.Modules.Centers.Centers;
using Microsoft.Extensions.Configuration;

namespace Kompetenzzentrum.Modules.Centers.Upgrade;

/// <summary>
/// The default center as configured under <c>Kompetenzzentrum:Center</c> (<c>Name</c>, <c>ShortName</c>, <c>LogoUrl</c>,
/// <c>PrimaryColor</c>, <c>SecondaryColor</c>, <c>ContactEmail</c>, <c>ContactPhone</c>, <c>FundingLine</c>, <c>HostName</c>,
/// <c>PathPrefix</c>); each missing value has a default, so an installation without any setting still gets its center.
/// </summary>
internal static class DefaultCenterSettings
{
    public const string Section = "Kompetenzzentrum:Center";

    public static CenterInput Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        string? Value(string key, string? fallback = null) => string.IsNullOrWhiteSpace(section[key]) ? fallback : section[key];
        return new CenterInput(
            Value("Name", "Mittelstand-Digital Zentrum"),
            Value("ShortName", "zentrum"),
            Value("LogoUrl"),
            Value("PrimaryColor", "#004b87"),
            Value("SecondaryColor", "#f39200"),
            Value("ContactEmail"),
            Value("ContactPhone"),
            Value("FundingLine", "Mittelstand-Digital, gefördert vom Bundesministerium für Wirtschaft und Energie"),
            Value("HostName"),
            Value("PathPrefix"));
    }
}
