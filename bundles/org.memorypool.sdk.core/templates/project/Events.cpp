// Native event handlers: NVSE calls them when a game event happens, as it calls scripts' SetEventHandler handlers.
// The example counts hits ("OnHit"); names are xNVSE's (case does not matter), e.g. OnActivate, OnDeath, OnAdd,
// OnActorEquip. A handler runs on the game's thread in the middle of its work: keep it short.
#include "Events.h"

#include "Log.h"

namespace {

unsigned g_hits = 0;

// thisObj is NULL for native handlers; parameters points at the event's two arguments, for OnHit the actor hit and
// the attacker (game objects, opaque here).
void OnHit(TESObjectREFR* thisObj, void* parameters)
{
    (void)thisObj;
    void** arguments = static_cast<void**>(parameters);
    ++g_hits;
    if (g_hits <= 3) // a fight hits often: the log keeps the first few
        Log("OnHit: %p was hit by %p (hit %u)", arguments ? arguments[0] : nullptr, arguments ? arguments[1] : nullptr,
            g_hits);
}

} // namespace

void RegisterEventHandlers(const NVSEInterface* nvse)
{
    auto* events = nvse->QueryInterface
                       ? static_cast<NVSEEventManagerInterface*>(nvse->QueryInterface(kInterface_EventManager))
                       : nullptr;
    if (!events || !events->SetNativeEventHandler || !events->SetNativeEventHandler("OnHit", OnHit)) {
        Log("Events: NVSE did not take the OnHit handler: this NVSE has no event manager, or no such event");
        return;
    }
    Log("Events: handling OnHit");
}
