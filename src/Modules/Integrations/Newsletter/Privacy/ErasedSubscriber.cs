namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Privacy;

/// <summary>
/// What is left of an erased subscriber: nothing but that there was one (a random id), so the subscriber counts stay
/// complete without anything that leads back to the address.
/// </summary>
internal sealed record ErasedSubscriber(Guid Id);
