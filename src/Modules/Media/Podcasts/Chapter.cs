namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>A chapter mark: where it starts, in seconds from the beginning, and its title.</summary>
internal sealed record Chapter(int StartSeconds, string Title);
