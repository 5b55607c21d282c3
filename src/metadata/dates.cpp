// Chinese date and time expressions: absolute ones normalized to ISO 8601, relative ones
// resolved against a reference date into an interval. Nothing is invented: without a
// reference a relative expression stays unresolved, and impossible dates are dropped.
#include "metadata/dates.hpp"

#include <algorithm>
#include <bitset>
#include <cstdio>

#include "metadata/chars.hpp"

namespace broadsheet {
namespace detail {

bool is_leap_year(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) noexcept {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool is_valid_date(int year, int month, int day) noexcept {
    return year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month);
}

// Howard Hinnant's civil-date algorithms.
long long days_from_civil(CivilDate date) noexcept {
    const long long y = date.year - (date.month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long mp = (date.month + 9) % 12;
    const long long doy = (153 * mp + 2) / 5 + date.day - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long long z) noexcept {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return CivilDate{year, month, day};
}

CivilDate add_days(CivilDate date, long long days) noexcept {
    return civil_from_days(days_from_civil(date) + days);
}

int iso_weekday(CivilDate date) noexcept {
    const long long z = days_from_civil(date);  // 1970-01-01 was a Thursday (4)
    return static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;
}

std::string format_iso(CivilDate date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

std::optional<CivilDate> parse_iso_date(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (std::size_t k = 0; k < lengths[p]; ++k) {
            const char c = text[starts[p] + k];
            if (c < '0' || c > '9') return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    if (!is_valid_date(parts[0], parts[1], parts[2])) return std::nullopt;
    return CivilDate{parts[0], parts[1], parts[2]};
}

namespace {

CivilDate month_end(int year, int month) {
    return CivilDate{year, month, days_in_month(year, month)};
}

CivilDate shift_month(CivilDate date, int months) {
    int index = date.year * 12 + (date.month - 1) + months;
    return CivilDate{index / 12, index % 12 + 1, 1};
}

std::string format_month(int year, int month) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

std::string format_year(int year) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d", year);
    return buffer;
}

int chinese_digit(char32_t c) {
    return c == U'O' ? 0 : han_digit_value(c);  // a Latin O is OCR's zero
}

/// A number as written before 年, 月, 日, 时 or 分.
struct Number {
    long value = -1;
    std::size_t end = 0;     // index after the number
    std::size_t digits = 0;  // characters read
    bool arabic = false;
    bool positional = false;  // Chinese with 十 (二十八), not digit by digit (二〇二五)
    /// Written as a day, month, hour or minute number is: 1-2 Arabic digits, 十-style Chinese.
    bool small() const noexcept {
        return value >= 0 && (arabic ? digits <= 2 : positional || digits == 1);
    }
};

/// Reads an Arabic or Chinese number at `i` (at most 4 digits), or value -1.
Number read_number(const CodePoints& cp, std::size_t i) {
    Number n;
    if (is_ascii_digit(cp.at(i))) {
        long value = 0;
        std::size_t k = i;
        while (k < cp.size() && is_ascii_digit(cp.at(k)) && k - i < 5) {
            value = value * 10 + static_cast<long>(cp.at(k) - U'0');
            ++k;
        }
        if (k - i > 4 || is_ascii_digit(cp.at(k))) return n;
        n.value = value;
        n.end = k;
        n.digits = k - i;
        n.arabic = true;
        return n;
    }
    // Chinese: digit by digit (二〇二五) or positional up to 99 (二十八, 十一, 三十).
    std::size_t k = i;
    long digit_value = 0;
    bool has_ten = false;
    long tens = 0, units = 0;
    while (k < cp.size() && k - i < 5) {
        const char32_t c = cp.at(k);
        const int d = chinese_digit(c);
        if (c == U'十') {
            if (has_ten) break;
            has_ten = true;
            tens = (k == i) ? 1 : units;
            units = 0;
        } else if (d >= 0 && !(c == U'O')) {
            digit_value = digit_value * 10 + d;
            units = d;
            if (has_ten && k > i && cp.at(k - 1) != U'十') return n;  // 十二三
        } else {
            break;
        }
        ++k;
    }
    if (k == i) return n;
    n.end = k;
    n.digits = k - i;
    if (has_ten) {
        if (tens > 9) return Number{};
        n.value = tens * 10 + units;
        n.positional = true;
    } else {
        n.value = digit_value;
    }
    return n;
}

struct Period {
    std::u32string_view word;
    int pm;  // 1 when the hours are afternoon/evening hours
};
constexpr Period periods[] = {
    {U"上午", 0}, {U"下午", 1}, {U"中午", 0}, {U"凌晨", 0}, {U"清晨", 0}, {U"早上", 0},
    {U"早晨", 0}, {U"晚上", 1}, {U"傍晚", 1}, {U"夜间", 1}, {U"深夜", 1}, {U"晚", 1},
};

/// A time of day at `i`: optional period word, hour + 时/点, optional minutes + 分 or 半.
/// Returns the index after it, or `i` when there is none.
std::size_t read_time(const CodePoints& cp, std::size_t i, bool after_date, int& hour, int& minute,
                      std::size_t& period_end) {
    std::size_t k = i;
    int pm = -1;
    for (const Period& p : periods)
        if (cp.matches(k, p.word)) {
            pm = p.pm;
            k += p.word.size();
            break;
        }
    period_end = pm >= 0 ? k : i;
    const Number h = read_number(cp, k);
    if (h.value < 0 || h.value > 24 || !h.small()) return i;
    const char32_t unit = cp.at(h.end);
    if (unit != U'时' && unit != U'点') return i;
    // Without a period word or a date, only Arabic hours with minutes count (三点要求 is not a
    // time).
    std::size_t end = h.end + 1;
    int m = 0;
    bool has_minutes = false;
    const Number mn = read_number(cp, end);
    if (mn.value >= 0 && mn.value < 60 && mn.small() && cp.at(mn.end) == U'分') {
        m = static_cast<int>(mn.value);
        end = mn.end + 1;
        has_minutes = true;
    } else if (cp.at(end) == U'半') {
        m = 30;
        end += 1;
        has_minutes = true;
    } else if (cp.at(end) == U'许') {
        end += 1;
    }
    if (pm < 0 && !after_date && !(h.arabic && has_minutes)) return i;
    // 时 followed by 期/间/代/候 is a word, not an hour.
    if (!has_minutes && unit == U'时') {
        const char32_t next = cp.at(h.end + 1);
        if (next == U'期' || next == U'间' || next == U'代' || next == U'候' || next == U'段')
            return i;
    }
    int hh = static_cast<int>(h.value);
    if (pm == 1 && hh < 12) hh += 12;
    if (hh == 24 && m > 0) return i;
    hour = hh;
    minute = m;
    return end;
}

/// The year among reference-1..reference+1 that puts month/day nearest the reference.
std::optional<CivilDate> nearest_year(int month, int day, CivilDate reference) {
    std::optional<CivilDate> best;
    long long best_distance = 0;
    for (int year = reference.year - 1; year <= reference.year + 1; ++year) {
        if (!is_valid_date(year, month, day)) continue;
        const long long distance =
            std::llabs(days_from_civil(CivilDate{year, month, day}) - days_from_civil(reference));
        if (!best || distance < best_distance) {
            best = CivilDate{year, month, day};
            best_distance = distance;
        }
    }
    return best;
}

/// The month among reference-1..reference+1 whose `day` is nearest the reference.
std::optional<CivilDate> nearest_month(int day, CivilDate reference) {
    std::optional<CivilDate> best;
    long long best_distance = 0;
    for (int shift = -1; shift <= 1; ++shift) {
        const CivilDate m = shift_month(reference, shift);
        if (!is_valid_date(m.year, m.month, day)) continue;
        const CivilDate candidate{m.year, m.month, day};
        const long long distance =
            std::llabs(days_from_civil(candidate) - days_from_civil(reference));
        if (!best || distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

void set_interval(DateMatch& match, CivilDate first, CivilDate last) {
    match.resolved = true;
    match.first = first;
    match.last = last;
    if (first == last) {
        match.precision = Precision::day;
        match.iso = format_iso(first);
    } else if (first.year == last.year && first.month == last.month && first.day == 1 &&
               last.day == days_in_month(last.year, last.month)) {
        match.precision = Precision::month;
        match.iso = format_month(first.year, first.month);
    } else if (first.year == last.year && first.month == 1 && first.day == 1 && last.month == 12 &&
               last.day == 31) {
        match.precision = Precision::year;
        match.iso = format_year(first.year);
    } else {
        match.precision = Precision::day;
        match.iso = format_iso(first) + "/" + format_iso(last);
    }
}

void set_time(DateMatch& match, int hour, int minute) {
    match.hour = hour;
    match.minute = minute;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d", hour, minute);
    if (match.time_only) {
        match.iso = buffer;
    } else if (match.resolved && match.first == match.last) {
        match.iso = format_iso(match.first) + buffer;
    }
    match.precision = Precision::minute;
}

/// Part of a month: 初 (1-10), 上旬, 中旬 (11-20), 下旬, 底, 末 (21-end).
bool read_month_part(const CodePoints& cp, std::size_t i, int year, int month, CivilDate& first,
                     CivilDate& last, std::size_t& end) {
    const int length = days_in_month(year, month);
    struct Part {
        std::u32string_view word;
        int from, to;
    };
    static const Part parts[] = {{U"上旬", 1, 10}, {U"中旬", 11, 20}, {U"下旬", 21, 31},
                                 {U"初", 1, 10},   {U"中", 11, 20},   {U"底", 21, 31},
                                 {U"末", 21, 31}};
    for (const Part& p : parts)
        if (cp.matches(i, p.word)) {
            first = CivilDate{year, month, p.from};
            last = CivilDate{year, month, std::min(p.to, length)};
            end = i + p.word.size();
            return true;
        }
    return false;
}

/// Part of a year after 今年/去年/... or alone: 上半年, 下半年, 年初, 年底, 第N季度, N月(N日).
struct YearPart {
    std::u32string_view word;
    int from_month, to_month;
};
constexpr YearPart year_parts[] = {
    {U"上半年", 1, 6},   {U"下半年", 7, 12},  {U"年初", 1, 2},       {U"年底", 12, 12},
    {U"年末", 12, 12},   {U"底", 12, 12},     {U"初", 1, 2},         {U"第一季度", 1, 3},
    {U"第二季度", 4, 6}, {U"第三季度", 7, 9}, {U"第四季度", 10, 12}, {U"一季度", 1, 3},
    {U"二季度", 4, 6},   {U"三季度", 7, 9},   {U"四季度", 10, 12},   {U"前三季度", 1, 9},
};

int weekday_number(char32_t c) {
    const int digit = han_digit_value(c);  // 周一 ... 周六
    if (digit >= 1 && digit <= 6) return digit;
    return c == U'日' || c == U'天' ? 7 : 0;  // 周日, 星期天
}

bool preceded_by_number(const CodePoints& cp, std::size_t i) {
    if (i == 0) return false;
    const char32_t c = cp.at(i - 1);
    return is_ascii_digit(c) || chinese_digit(c) >= 0 || c == U'十' || c == U'第' || c == U'.' ||
           c == U'百' || c == U'千' || c == U'万';
}

// Relative date words, by what they are relative to.
struct DayWord {
    std::u32string_view word;
    int offset;
    double confidence;
};
const DayWord day_words[] = {
    {U"大前天", -3, 0.95}, {U"前天", -2, 0.95}, {U"昨天", -1, 0.95}, {U"昨日", -1, 0.95},
    {U"昨晚", -1, 0.95},   {U"昨夜", -1, 0.95}, {U"今天", 0, 0.95},  {U"今日", 0, 0.95},
    {U"今晨", 0, 0.95},    {U"今晚", 0, 0.95},  {U"今早", 0, 0.95},  {U"当天", 0, 0.7},
    {U"当日", 0, 0.7},     {U"明天", 1, 0.95},  {U"明日", 1, 0.95},  {U"明晚", 1, 0.95},
    {U"后天", 2, 0.9},     {U"大后天", 3, 0.9},
};
struct RecentWord {
    std::u32string_view word;
    int days;
};
const RecentWord recent_words[] = {
    {U"近日", 14}, {U"日前", 14}, {U"前不久", 30}, {U"不久前", 30}, {U"近期", 30},
};
struct YearWord {
    std::u32string_view word;
    int offset;
};
const YearWord year_words[] = {
    {U"今年", 0}, {U"去年", -1}, {U"前年", -2}, {U"明年", 1}, {U"本年度", 0},
};
struct MonthWord {
    std::u32string_view word;
    int offset;
};
const MonthWord month_words[] = {
    {U"本月", 0},  {U"这个月", 0}, {U"当月", 0}, {U"上个月", -1},
    {U"上月", -1}, {U"下个月", 1}, {U"下月", 1},
};
struct WeekWord {
    std::u32string_view word;
    int offset;
    bool needs_day;
};
const WeekWord week_words[] = {
    {U"本周", 0, false},   {U"这周", 0, false},   {U"上周", -1, false},
    {U"下周", 1, false},   {U"本星期", 0, false}, {U"上星期", -1, false},
    {U"下星期", 1, false}, {U"星期", 0, true},    {U"周", 0, true},
};

/// True when a word of the tables above starts with `c`: most text is none of them.
bool starts_relative_word(char32_t c) {
    static const std::bitset<0x10000> starts = [] {
        std::bitset<0x10000> set;
        const auto add = [&set](const auto& table) {
            for (const auto& entry : table)
                if (entry.word[0] < 0x10000) set.set(entry.word[0]);
        };
        add(day_words);
        add(recent_words);
        add(year_words);
        add(month_words);
        add(week_words);
        return set;
    }();
    return c < 0x10000 && starts.test(c);
}

class Scanner {
  public:
    Scanner(std::string_view text, const std::optional<CivilDate>& reference)
        : text_(text), cp_(text), reference_(reference) {}

    std::vector<DateMatch> run() {
        std::size_t i = 0;
        while (i < cp_.size()) {
            if (!can_start(cp_.at(i))) {
                ++i;
                continue;
            }
            DateMatch match;
            std::size_t end = i;
            if (absolute(i, match, end) || relative(i, match, end) || time_alone(i, match, end)) {
                match.begin = cp_.byte(i);
                match.end = cp_.byte(end);
                if (!(match.relative && !match.resolved && reference_)) out_.push_back(match);
                i = end;
            } else if (end > i) {
                i = end;  // an impossible date: skip it whole
            } else {
                ++i;
            }
        }
        return std::move(out_);
    }

  private:
    // A cheap first test: every expression starts with a number (read_number: an ASCII or a
    // Chinese digit) or the first character of one of the words below (kept in step with the
    // word lists).
    static bool can_start(char32_t c) {
        if (is_ascii_digit(c) || chinese_digit(c) >= 0) return true;
        if (!is_han(c)) return false;
        static const std::bitset<0x10000> starts = [] {
            std::bitset<0x10000> set;
            for (char32_t s : std::u32string_view(U"十两廿百千一三上下不中二今傍凌初前去后周四夜"
                                                  U"大年底当日早明星昨晚末本深清第节近这"))
                set.set(s);
            return set;
        }();
        return c < 0x10000 && starts.test(c);
    }

    // Where read_number can start: an ASCII digit, a Chinese digit or 十 (a Latin O never).
    static bool starts_number(char32_t c) {
        return is_ascii_digit(c) || c == U'十' || (c != U'O' && chinese_digit(c) >= 0);
    }

    // Where read_time can start: a number or the first character of a period word.
    static bool starts_time(char32_t c) {
        static const std::bitset<0x10000> period_starts = [] {
            std::bitset<0x10000> set;
            for (const Period& p : periods)
                if (p.word[0] < 0x10000) set.set(p.word[0]);
            return set;
        }();
        return starts_number(c) || (c < 0x10000 && period_starts.test(c));
    }

    // Year, month, day written with numbers. Returns false with `end > i` for an impossible date.
    bool absolute(std::size_t i, DateMatch& match, std::size_t& end) {
        if (!starts_number(cp_.at(i)) || preceded_by_number(cp_, i)) return false;
        const Number first = read_number(cp_, i);
        if (first.value < 0) return false;
        std::size_t k = first.end;
        int year = 0, month = 0, day = 0;
        if (cp_.at(k) == U'年') {
            if (first.digits != 4 || first.positional || first.value < 1000 || first.value > 2999)
                return false;
            year = static_cast<int>(first.value);
            ++k;
            const Number m = read_number(cp_, k);
            if (m.value >= 0 && cp_.at(m.end) == U'月') {
                if (m.value < 1 || m.value > 12 || !m.small()) {
                    end = m.end + 1;
                    return false;
                }
                month = static_cast<int>(m.value);
                k = m.end + 1;
                const Number d = read_number(cp_, k);
                if (d.value >= 0 && (cp_.at(d.end) == U'日' || cp_.at(d.end) == U'号')) {
                    if (!is_valid_date(year, month, static_cast<int>(d.value)) || !d.small()) {
                        end = d.end + 1;
                        return false;
                    }
                    day = static_cast<int>(d.value);
                    k = d.end + 1;
                }
            }
        } else if (cp_.at(k) == U'月') {
            if (!first.small()) return false;
            if (first.value < 1 || first.value > 12) {
                if (first.arabic) {  // 13月(5日): impossible, not a date
                    end = k + 1;
                    const Number d = read_number(cp_, end);
                    if (d.value >= 0 && (cp_.at(d.end) == U'日' || cp_.at(d.end) == U'号'))
                        end = d.end + 1;
                }
                return false;
            }
            month = static_cast<int>(first.value);
            ++k;
            const Number d = read_number(cp_, k);
            if (d.value >= 0 && (cp_.at(d.end) == U'日' || cp_.at(d.end) == U'号')) {
                // Checked against a leap year: the year is not known yet.
                if (!d.small() || !is_valid_date(2000, month, static_cast<int>(d.value))) {
                    end = d.end + 1;
                    return false;
                }
                day = static_cast<int>(d.value);
                k = d.end + 1;
            } else if (!first.arabic && !first.positional && first.value <= 1) {
                return false;  // 一月 alone is too often "one month"
            }
        } else if (cp_.at(k) == U'日' && first.arabic && first.digits <= 2) {
            if (first.value < 1 || first.value > 31) {
                end = k + 1;
                return false;
            }
            day = static_cast<int>(first.value);
            ++k;
        } else {
            return false;
        }

        if (year > 0) {
            if (day > 0) {
                set_interval(match, CivilDate{year, month, day}, CivilDate{year, month, day});
            } else if (month > 0) {
                set_interval(match, CivilDate{year, month, 1}, month_end(year, month));
                std::size_t part_end = k;
                CivilDate a, b;
                if (read_month_part(cp_, k, year, month, a, b, part_end)) {
                    set_interval(match, a, b);
                    k = part_end;
                }
            } else {
                set_interval(match, CivilDate{year, 1, 1}, CivilDate{year, 12, 31});
                k = year_part(k, year, match);
            }
        } else {
            // Month-day or day alone: the year (and month) come from the reference date.
            match.relative = true;
            match.confidence = 0.9;
            if (reference_) {
                if (day > 0 && month > 0) {
                    if (auto date = nearest_year(month, day, *reference_))
                        set_interval(match, *date, *date);
                } else if (month > 0) {
                    const CivilDate probe = nearest_year(month, 1, *reference_)
                                                .value_or(CivilDate{reference_->year, month, 1});
                    set_interval(match, probe, month_end(probe.year, month));
                    std::size_t part_end = k;
                    CivilDate a, b;
                    if (read_month_part(cp_, k, probe.year, month, a, b, part_end)) {
                        set_interval(match, a, b);
                        k = part_end;
                    }
                } else if (auto date = nearest_month(day, *reference_)) {
                    match.confidence = 0.8;
                    set_interval(match, *date, *date);
                }
            }
            match.precision = day > 0 ? Precision::day : Precision::month;
        }
        k = attach_time(k, match);
        end = k;
        return true;
    }

    std::size_t year_part(std::size_t k, int year, DateMatch& match) {
        for (const YearPart& p : year_parts) {
            if (!cp_.matches(k, p.word)) continue;
            set_interval(match, CivilDate{year, p.from_month, 1}, month_end(year, p.to_month));
            return k + p.word.size();
        }
        return k;
    }

    std::size_t attach_time(std::size_t k, DateMatch& match) {
        int hour = -1, minute = -1;
        std::size_t period_end = k;
        const std::size_t after = read_time(cp_, k, true, hour, minute, period_end);
        if (after > k) {
            set_time(match, hour, minute);
            return after;
        }
        return period_end;  // a bare period word (上午) stays part of the date
    }

    bool resolve_day(DateMatch& match, long long offset) {
        match.relative = true;
        if (reference_) {
            const CivilDate d = add_days(*reference_, offset);
            set_interval(match, d, d);
        }
        match.precision = Precision::day;
        return true;
    }

    bool relative(std::size_t i, DateMatch& match, std::size_t& end) {
        if (!starts_relative_word(cp_.at(i))) return false;

        for (const DayWord& w : day_words) {
            if (!cp_.matches(i, w.word)) continue;
            const char32_t next = cp_.at(i + w.word.size());
            if (next == U'津' || next == U'之') return false;  // 前天津市长, 今天之
            if (w.word == U"后天" && i > 0 && cp_.at(i - 1) == U'先') return false;
            if (w.word == U"当日" && (next == U'报' || next == U'票')) return false;
            resolve_day(match, w.offset);
            match.confidence = w.confidence;
            end = attach_time(i + w.word.size(), match);
            return true;
        }

        // Vague recent past: a conventional interval ending on the reference date.

        for (const RecentWord& w : recent_words) {
            if (!cp_.matches(i, w.word)) continue;
            if (w.word == U"日前" && i > 0) {
                static const std::u32string_view blockers =
                    U"节生假作念期末每昨今明次当周平某该数几首一两三四五六七八九十近";
                if (blockers.find(cp_.at(i - 1)) != std::u32string_view::npos ||
                    is_ascii_digit(cp_.at(i - 1)))
                    return false;
            }
            match.relative = true;
            match.approximate = true;
            match.confidence = 0.6;
            match.precision = Precision::day;
            if (reference_) set_interval(match, add_days(*reference_, -w.days), *reference_);
            end = i + w.word.size();
            return true;
        }

        // Years: 今年, 去年, 前年, 明年 (+ part of the year or month and day).

        for (const YearWord& w : year_words) {
            if (!cp_.matches(i, w.word)) continue;
            if (w.word == U"前年" && cp_.at(i + 2) == U'度') return false;
            std::size_t k = i + w.word.size();
            match.relative = true;
            match.confidence = 0.95;
            match.precision = Precision::year;
            const int year = reference_ ? reference_->year + w.offset : 0;
            const Number m = read_number(cp_, k);
            if (m.value >= 0 && cp_.at(m.end) == U'月') {
                if (m.value < 1 || m.value > 12) {
                    end = m.end + 1;
                    return false;
                }
                const int month = static_cast<int>(m.value);
                k = m.end + 1;
                match.precision = Precision::month;
                const Number d = read_number(cp_, k);
                int day = 0;
                if (d.value >= 0 && (cp_.at(d.end) == U'日' || cp_.at(d.end) == U'号')) {
                    if (!is_valid_date(reference_ ? year : 2000, month,
                                       static_cast<int>(d.value))) {
                        end = d.end + 1;
                        return false;
                    }
                    day = static_cast<int>(d.value);
                    k = d.end + 1;
                    match.precision = Precision::day;
                }
                if (reference_) {
                    if (day > 0) {
                        set_interval(match, CivilDate{year, month, day},
                                     CivilDate{year, month, day});
                    } else {
                        set_interval(match, CivilDate{year, month, 1}, month_end(year, month));
                        CivilDate a, b;
                        std::size_t part_end = k;
                        if (read_month_part(cp_, k, year, month, a, b, part_end)) {
                            set_interval(match, a, b);
                            k = part_end;
                        }
                    }
                }
                end = attach_time(k, match);
                return true;
            }
            if (reference_) {
                set_interval(match, CivilDate{year, 1, 1}, CivilDate{year, 12, 31});
                k = year_part(k, year, match);
            } else {
                for (const YearPart& p : year_parts)
                    if (cp_.matches(k, p.word)) {
                        k += p.word.size();
                        break;
                    }
            }
            end = k;
            return true;
        }

        // Months: 本月, 上月, 上个月, 下月, 下个月, 当月 (+ 初/中旬/底...).

        for (const MonthWord& w : month_words) {
            if (!cp_.matches(i, w.word)) continue;
            std::size_t k = i + w.word.size();
            match.relative = true;
            match.confidence = w.word == U"当月" ? 0.7 : 0.95;
            match.precision = Precision::month;
            if (reference_) {
                const CivilDate m = shift_month(*reference_, w.offset);
                set_interval(match, m, month_end(m.year, m.month));
                CivilDate a, b;
                std::size_t part_end = k;
                const Number d = read_number(cp_, k);
                if (d.value >= 0 && (cp_.at(d.end) == U'日' || cp_.at(d.end) == U'号')) {
                    if (!is_valid_date(m.year, m.month, static_cast<int>(d.value))) {
                        end = d.end + 1;
                        return false;
                    }
                    const CivilDate day{m.year, m.month, static_cast<int>(d.value)};
                    set_interval(match, day, day);
                    k = d.end + 1;
                } else if (read_month_part(cp_, k, m.year, m.month, a, b, part_end)) {
                    set_interval(match, a, b);
                    k = part_end;
                }
            } else {
                CivilDate a, b;
                std::size_t part_end = k;
                if (read_month_part(cp_, k, 2000, 1, a, b, part_end)) k = part_end;
            }
            end = attach_time(k, match);
            return true;
        }

        // Weeks: 本周, 这周, 上周, 下周 (+ weekday), and a bare 周三/星期三 (this week).

        for (const WeekWord& w : week_words) {
            if (!cp_.matches(i, w.word)) continue;
            std::size_t k = i + w.word.size();
            int weekday = weekday_number(cp_.at(k));
            if (w.word == U"周" && cp_.at(k) == U'天') weekday = 0;  // 周天 is not usual
            if (weekday > 0) {
                ++k;
            } else if (w.needs_day) {
                return false;
            }
            // 周一至周五 style ranges and 周年 are fine; 一周 (a week) is not reached here.
            if (w.needs_day && i > 0 &&
                (cp_.at(i - 1) == U'一' || cp_.at(i - 1) == U'每' || cp_.at(i - 1) == U'四' ||
                 cp_.at(i - 1) == U'上' || cp_.at(i - 1) == U'下' || cp_.at(i - 1) == U'本'))
                return false;
            match.relative = true;
            match.confidence = w.needs_day ? 0.7 : 0.95;
            match.precision = Precision::day;
            if (reference_) {
                const CivilDate monday =
                    add_days(*reference_, 1 - iso_weekday(*reference_) + 7 * w.offset);
                if (weekday > 0) {
                    const CivilDate d = add_days(monday, weekday - 1);
                    set_interval(match, d, d);
                } else if (cp_.at(k) == U'末') {
                    set_interval(match, add_days(monday, 5), add_days(monday, 6));
                    ++k;
                } else {
                    set_interval(match, monday, add_days(monday, 6));
                }
            } else if (weekday == 0 && cp_.at(k) == U'末') {
                ++k;
            }
            end = attach_time(k, match);
            return true;
        }
        return false;
    }

    bool time_alone(std::size_t i, DateMatch& match, std::size_t& end) {
        if (!starts_time(cp_.at(i)) || preceded_by_number(cp_, i)) return false;
        int hour = -1, minute = -1;
        std::size_t period_end = i;
        const std::size_t after = read_time(cp_, i, false, hour, minute, period_end);
        if (after == i) return false;
        match.time_only = true;
        match.confidence = 0.9;
        set_time(match, hour, minute);
        end = after;
        return true;
    }

    std::string_view text_;
    CodePoints cp_;
    std::optional<CivilDate> reference_;
    std::vector<DateMatch> out_;
};

}  // namespace

std::vector<DateMatch> find_dates(std::string_view text,
                                  const std::optional<CivilDate>& reference) {
    return Scanner(text, reference).run();
}

}  // namespace detail
}  // namespace broadsheet
