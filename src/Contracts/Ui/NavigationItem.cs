using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>Whose menu a page link belongs to.</summary>
public enum NavigationArea
{
    /// <summary>Everyone, signed in or not (catalog, media library).</summary>
    Public,

    /// <summary>Members of an SME (organisation): the SME portal.</summary>
    Sme,

    /// <summary>Center and partner staff: the back office.</summary>
    Staff,

    /// <summary>Analysts: needs evaluation and data access.</summary>
    Analyst,
}

/// <summary>A link in the main navigation that a module contributes through <see cref="Modules.IModule.Navigation"/>.</summary>
/// <param name="Path">The page's path, e.g. <c>/katalog</c>.</param>
/// <param name="Label">The link text in German and English.</param>
/// <param name="Area">Whose menu shows the link.</param>
/// <param name="Order">Position within the area; lower comes first.</param>
/// <param name="Policy">A policy of <see cref="Security.Policies"/> the user must pass to see the link, or null for the area's default.</param>
public sealed record NavigationItem(string Path, LocalizedText Label, NavigationArea Area, int Order = 100, string? Policy = null);
