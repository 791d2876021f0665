using Kompetenzzentrum.Modules.Networking.Introductions;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;

namespace Kompetenzzentrum.Modules.Networking.Privacy;

/// <summary>
/// What erasure overwrites in the stored events (Marten's masking, applied per stream by <see cref="NetworkPersonalData"/>):
/// names, contact persons, free text and the exact postcode of profiles, and the free-text reasons of introductions.
/// Topics, industries, state, postcode region, stage and level stay, as do ids and times.
/// </summary>
internal static class NetworkMasking
{
    public static void Register(StoreOptions options)
    {
        var events = options.Events;
        events.AddMaskingRuleForProtectedInformation<SmeProfileCreated>(e => e with { Details = e.Details.Masked() });
        events.AddMaskingRuleForProtectedInformation<SmeProfileChanged>(e => e with { Details = e.Details.Masked() });
        events.AddMaskingRuleForProtectedInformation<StartupProfileCreated>(e => e with { Details = e.Details.Masked() });
        events.AddMaskingRuleForProtectedInformation<StartupProfileChanged>(e => e with { Details = e.Details.Masked() });
        events.AddMaskingRuleForProtectedInformation<IntroductionDeclined>(e => e with { Reason = null });
        events.AddMaskingRuleForProtectedInformation<IntroductionOutcomeRecorded>(e => e with { Reason = null });
    }
}
