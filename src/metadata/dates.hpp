// Internal: finding, normalizing and resolving Chinese date and time expressions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {
namespace detail {

/// A proleptic Gregorian calendar date.
struct CivilDate {
    int year = 0;
    int month = 0;
    int day = 0;
    friend bool operator==(CivilDate a, CivilDate b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(CivilDate a, CivilDate b) { return !(a == b); }
    friend bool operator<(CivilDate a, CivilDate b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
};

bool is_leap_year(int year) noexcept;
/// 0 for a month outside 1..12.
int days_in_month(int year, int month) noexcept;
bool is_valid_date(int year, int month, int day) noexcept;
/// Days since 1970-01-01 (negative before); `civil_from_days` is its inverse.
long long days_from_civil(CivilDate date) noexcept;
CivilDate civil_from_days(long long days) noexcept;
CivilDate add_days(CivilDate date, long long days) noexcept;
/// ISO weekday: 1 = Monday ... 7 = Sunday.
int iso_weekday(CivilDate date) noexcept;
/// "YYYY-MM-DD".
std::string format_iso(CivilDate date);
/// Parses exactly "YYYY-MM-DD" into a valid date.
std::optional<CivilDate> parse_iso_date(std::string_view text) noexcept;

/// How precise a date expression is.
enum class Precision : std::uint8_t { year, month, day, minute };

/// One date or time expression found in a text.
struct DateMatch {
    /// Byte offsets into the text searched.
    std::size_t begin = 0;
    std::size_t end = 0;
    /// True for a time of day without a date (`上午9时30分`).
    bool time_only = false;
    /// True when the expression needs a reference date (`昨天`, `11月28日`, `本周三`).
    bool relative = false;
    /// True when `first`/`last` hold the interval the expression denotes.
    bool resolved = false;
    /// True when the expression is vague (`近日`, `前不久`): the interval is a convention.
    bool approximate = false;
    Precision precision = Precision::day;
    /// Inclusive interval of days denoted, when resolved.
    CivilDate first;
    CivilDate last;
    /// Time of day, -1 when absent.
    int hour = -1;
    int minute = -1;
    /// ISO 8601: "2025-11-28", "2025-11", "2025", "2025-11-28T09:30", "T09:30",
    /// an interval "2025-11-14/2025-11-28", or "" when unresolved.
    std::string iso;
    double confidence = 1.0;
};

/// Finds every date and time expression in `text` (UTF-8, ASCII digits), resolving the
/// relative ones against `reference` when given. Impossible dates are not reported.
/// Matches are sorted by position and do not overlap. Never throws except bad_alloc.
std::vector<DateMatch> find_dates(std::string_view text, const std::optional<CivilDate>& reference);

}  // namespace detail
}  // namespace broadsheet
