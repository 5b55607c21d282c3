// Internal: a compact open-addressing index from strings to their position in a list the
// caller owns. Built once; lookups are one hash and usually no string comparison at all for
// absent keys (each slot keeps 8 bits of the hash). 4 bytes a slot, up to 2^24 - 1 keys; the
// caller's `key_of(i)` gives the i-th string back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace broadsheet {
namespace detail {

class StringIndex {
  public:
    /// Indexes `count` unique keys, `key_of(i)` being the i-th.
    template <class KeyOf>
    void build(std::size_t count, KeyOf key_of) {
        std::size_t size = 16;
        while (size < count * 2) size <<= 1;
        mask_ = size - 1;
        slots_.assign(size, 0);
        for (std::size_t i = 0; i < count && i + 1 < kIdMask; ++i) {
            const std::uint64_t h = hash(key_of(i));
            std::size_t slot = h & mask_;
            while (slots_[slot] != 0) slot = (slot + 1) & mask_;
            slots_[slot] = static_cast<std::uint32_t>(i + 1) | fingerprint(h);
        }
    }
    /// Position of `key`, or -1. `key_of` must be the function given to build().
    template <class KeyOf>
    std::ptrdiff_t find(std::string_view key, KeyOf key_of) const noexcept {
        return find(key, hash(key), key_of);
    }
    /// The same with `h == hash(key)` computed by the caller.
    template <class KeyOf>
    std::ptrdiff_t find(std::string_view key, std::uint64_t h, KeyOf key_of) const noexcept {
        if (slots_.empty()) return -1;
        const std::uint32_t fp = fingerprint(h);
        std::size_t slot = h & mask_;
        while (const std::uint32_t entry = slots_[slot]) {
            if ((entry & ~kIdMask) == fp) {
                const std::uint32_t id = (entry & kIdMask) - 1;
                if (key_of(id) == key) return static_cast<std::ptrdiff_t>(id);
            }
            slot = (slot + 1) & mask_;
        }
        return -1;
    }

    static std::uint64_t hash(std::string_view s) noexcept {
        std::uint64_t h = 1469598103934665603ull;  // FNV-1a
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
        return h ^ (h >> 29);
    }

  private:
    static constexpr std::uint32_t kIdMask = (1u << 24) - 1;
    static std::uint32_t fingerprint(std::uint64_t h) noexcept {
        return static_cast<std::uint32_t>(h >> 56) << 24;
    }
    std::vector<std::uint32_t> slots_;
    std::size_t mask_ = 0;
};

}  // namespace detail
}  // namespace broadsheet
