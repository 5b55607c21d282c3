// Internal: the embedded gazetteer of China's administrative divisions, countries and
// major world cities, with lookup by name and short form.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "metadata/string_index.hpp"

namespace broadsheet {
namespace detail {

/// One place the gazetteer knows.
struct Place {
    std::string_view name;  ///< Full official name (points into static data).
    std::string_view code;  ///< Statistical division code (2/4/6/9 digits); empty if none.
    std::int32_t parent = -1;
    /// 1 province, 2 prefecture, 3 county, 4 township; 0 country or region; 5 world city.
    std::uint8_t level = 0;
};

/// How a name refers to a place.
struct PlaceName {
    std::uint32_t place = 0;
    bool short_form = false;    ///< 平凉 for 平凉市
    bool context_only = false;  ///< 美 for 美国: only next to another such name
};

/// The places one name may refer to.
struct PlaceNameList {
    const PlaceName* first = nullptr;
    const PlaceName* last = nullptr;
    const PlaceName* begin() const noexcept { return first; }
    const PlaceName* end() const noexcept { return last; }
    const PlaceName& front() const noexcept { return *first; }
    std::size_t size() const noexcept { return static_cast<std::size_t>(last - first); }
    bool empty() const noexcept { return first == last; }
};

/// Immutable after construction; `instance()` builds it once, thread-safely.
class Gazetteer {
  public:
    static const Gazetteer& instance();

    const Place& place(std::uint32_t index) const noexcept { return places_[index]; }
    std::size_t size() const noexcept { return places_.size(); }
    /// Every place `name` may refer to, or nullptr.
    const PlaceNameList* lookup(std::string_view name) const;
    /// Longest name length in code points.
    std::size_t max_name_length() const noexcept { return max_name_length_; }
    /// Upper bound on the length (code points) of a name (not context-only) starting with
    /// the code points `a`, `b`; 0 when no name starts so. A fast filter before `lookup`.
    std::size_t max_length_starting(char32_t a, char32_t b) const noexcept {
        const std::uint32_t mask = name_lengths_starting(a, b);
        return mask == 0 ? 0 : 31 - static_cast<std::size_t>(__builtin_clz(mask));
    }
    /// The same as a set: bit L is set when a name (not context-only) of L code points
    /// (2 <= L <= 31; longer names set bit 31) may start with `a`, `b`. No false negatives.
    std::uint32_t name_lengths_starting(char32_t a, char32_t b) const noexcept {
        return prefix_filter_[pair_hash(a, b)];
    }
    static std::size_t pair_hash(char32_t a, char32_t b) noexcept {
        return ((static_cast<std::uint64_t>(a) * 0x9E3779B1u) ^
                (static_cast<std::uint64_t>(b) * 0x85EBCA77u)) &
               ((1u << kPrefixBits) - 1);
    }
    /// True when `ancestor` is a proper ancestor of `place`.
    bool is_ancestor(std::uint32_t ancestor, std::uint32_t place) const noexcept;
    /// GB/T 2260 style code: 6 digits for levels 1-3, the 9-digit code for townships,
    /// ISO 3166 alpha-2 for countries; empty when unknown.
    std::string normalized_code(std::uint32_t place) const;
    /// The top of the place's chain (its province, or itself).
    std::uint32_t root(std::uint32_t place) const noexcept;
    /// "甘肃省/甘南藏族自治州/卓尼县".
    std::string hierarchy(std::uint32_t place) const;

  private:
    Gazetteer();
    void add_name(std::string_view name, PlaceName entry);

    std::vector<Place> places_;
    std::deque<std::string> owned_;  // names built at load time (stable addresses)
    // While loading only; sorted (by hash first: cheaper than by text) and grouped into
    // flat_/lists_/index_ at the end.
    struct PendingName {
        std::uint64_t hash;
        std::string_view name;
        PlaceName entry;
    };
    std::vector<PendingName> pending_;
    std::vector<PlaceName> flat_;
    std::vector<PlaceNameList> lists_;
    std::vector<std::string_view> list_names_;
    StringIndex index_;
    std::size_t max_name_length_ = 0;
    static constexpr unsigned kPrefixBits = 19;  // 2 MiB of length sets
    std::vector<std::uint32_t> prefix_filter_ = std::vector<std::uint32_t>(1u << kPrefixBits, 0);
};

}  // namespace detail
}  // namespace broadsheet
