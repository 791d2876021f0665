using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>Between the form's fields (the API's camelCase names) and <see cref="CenterInput"/>.</summary>
internal static class CenterFields
{
    public static CenterInput Read(FormState state) => new(
        state.Value("name"), state.Value("shortName"), state.Value("logoUrl"), state.Value("primaryColor"), state.Value("secondaryColor"),
        state.Value("contactEmail"), state.Value("contactPhone"), state.Value("fundingLine"), state.Value("hostName"), state.Value("pathPrefix"));

    public static FormState Of(CenterDetails c) => FormState.Empty()
        .With("name", c.Name).With("shortName", c.ShortName).With("logoUrl", c.LogoUrl).With("primaryColor", c.PrimaryColor)
        .With("secondaryColor", c.SecondaryColor).With("contactEmail", c.ContactEmail).With("contactPhone", c.ContactPhone)
        .With("fundingLine", c.FundingLine).With("hostName", c.HostName).With("pathPrefix", c.PathPrefix);

    /// <summary>A new center's form: the platform's colours pre-filled.</summary>
    public static FormState New() => FormState.Empty().With("primaryColor", "#004b87").With("secondaryColor", "#f39200");
}
