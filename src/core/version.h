// The version of entente, as set in CMakeLists.txt.
#ifndef ENTENTE_CORE_VERSION_H_
#define ENTENTE_CORE_VERSION_H_

namespace entente {
inline constexpr const char* kEntenteVersion = ENTENTE_VERSION;
}  // namespace entente

#endif  // ENTENTE_CORE_VERSION_H_
