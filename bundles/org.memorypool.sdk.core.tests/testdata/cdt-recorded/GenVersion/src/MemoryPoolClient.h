// Memory from the MemoryPool runtime (MemoryPoolNVSE.dll, jemalloc-backed) when it is installed, else from the CRT.
//
// The allocator is chosen once: at NVSE's PostPostLoad, when every plugin is loaded, or at the first call before
// it, whichever comes first. It never changes afterwards, so every block goes back to the allocator that made it.
// Release what Alloc, Calloc and Realloc return with Free or Realloc only, never with free() or delete.
// All functions are thread-safe.
#pragma once

#include <cstddef>

namespace MemoryPoolClient {

// Chooses the allocator unless it is chosen already, and logs the choice; when names the occasion for the log.
void Init(const char* when);

void* Alloc(std::size_t size);
void Free(void* ptr);
void* Calloc(std::size_t count, std::size_t size);
void* Realloc(void* ptr, std::size_t size);

// Whether blocks come from MemoryPoolNVSE.dll; false before the choice and with the CRT.
bool UsesMemoryPool();

// What the allocator in use says of itself: MemoryPoolNVSE's GetMemoryPoolStatus() ("jemalloc", "system fallback
// (...)") when UsesMemoryPool(), else "CRT malloc/free (<why>)", or "not chosen yet" before the choice.
const char* Status();

} // namespace MemoryPoolClient
