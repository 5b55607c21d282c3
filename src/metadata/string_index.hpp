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
        build_hashed(count, [&key_of](std::size_t i) { return hash(key_of(i)); });
    }
    /// The same with `hash_of(i) == hash(i-th key)` known to the caller.
    template <class HashOf>
    void build_hashed(std::size_t count, HashOf hash_of) {
        std::size_t size = 16;
        while (size < count * 2) size <<= 1;
        mask_ = size - 1;
        slots_.assign(size, 0);
        for (std::size_t i = 0; i < count && i + 1 < kIdMask; ++i) {
            const std::uint64_t h = hash_of(i);
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

    /// FNV-1a fed piece by piece: the hashes of a word's prefixes in one pass over its bytes
    /// (`value()` after each piece equals `hash()` of the bytes so far).
    class Hasher {
      public:
        void add(std::string_view bytes) noexcept {
            for (unsigned char c : bytes) {
                state_ ^= c;
                state_ *= 1099511628211ull;
            }
        }
        std::uint64_t value() const noexcept { return state_ ^ (state_ >> 29); }

      private:
        std::uint64_t state_ = 1469598103934665603ull;
    };

    /// Starts loading the slot of hash `h` into the cache: probes of several keys overlap
    /// their memory latency when each is prefetched before the first is looked up.
    void prefetch(std::uint64_t h) const noexcept {
        if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
    }

    static std::uint64_t hash(std::string_view s) noexcept {
        Hasher h;
        h.add(s);
        return h.value();
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
