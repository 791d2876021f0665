namespace Kompetenzzentrum.Modules.Media.Progress;

/// <summary>Someone not signed in started an item; nothing about who.</summary>
internal sealed record AnonymousPlayCounted(Guid ItemId, DateTimeOffset At);
