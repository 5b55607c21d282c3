// Date and time expressions: normalization, resolution against a reference, rejection.
#include <random>
#include <string>

#include "catch.hpp"
#include "metadata/dates.hpp"
#include "support.hpp"

using broadsheet::detail::CivilDate;
using broadsheet::detail::find_dates;
using broadsheet::detail::Precision;

namespace {

const CivilDate reference{2025, 11, 28};  // a Friday

std::string single_iso(const std::string& text, std::optional<CivilDate> ref = reference) {
    const auto matches = find_dates(text, ref);
    if (matches.size() != 1) return "<" + std::to_string(matches.size()) + " matches>";
    return matches[0].iso;
}

}  // namespace

TEST_CASE("civil date arithmetic handles leap years, month ends and weekdays", "[dates]") {
    using namespace broadsheet::detail;
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2025, 2) == 28);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2000, 2) == 29);
    CHECK(days_in_month(2025, 13) == 0);
    CHECK(iso_weekday(CivilDate{2025, 11, 28}) == 5);
    CHECK(iso_weekday(CivilDate{1970, 1, 1}) == 4);
    CHECK(add_days(CivilDate{2024, 12, 31}, 1) == CivilDate{2025, 1, 1});
    CHECK(add_days(CivilDate{2024, 3, 1}, -1) == CivilDate{2024, 2, 29});
    CHECK(parse_iso_date("2025-02-29") == std::nullopt);
    CHECK(parse_iso_date("2024-02-29") == CivilDate{2024, 2, 29});
    CHECK(parse_iso_date("2024-2-29") == std::nullopt);
}

TEST_CASE("absolute dates normalize to ISO 8601 with their precision", "[dates]") {
    CHECK(single_iso("2025年11月28日召开") == "2025-11-28");
    CHECK(single_iso("于2024年11月") == "2024-11");
    CHECK(single_iso("始建于1937年") == "1937");
    CHECK(single_iso("二〇二五年十一月二十八日") == "2025-11-28");
    CHECK(single_iso("二〇二五年") == "2025");
    CHECK(single_iso("2025年11月28日上午9时30分") == "2025-11-28T09:30");
    CHECK(single_iso("2025年11月28日下午3点半") == "2025-11-28T15:30");
    const auto m = find_dates("1937年", std::nullopt);
    REQUIRE(m.size() == 1);
    CHECK(m[0].precision == Precision::year);
    CHECK_FALSE(m[0].relative);
}

TEST_CASE("month-day without a year takes the nearest year of the reference", "[dates]") {
    CHECK(single_iso("11月28日") == "2025-11-28");
    CHECK(single_iso("12月30日") == "2025-12-30");
    CHECK(single_iso("11月28日", CivilDate{2026, 1, 3}) == "2025-11-28");
    CHECK(single_iso("28日上午") == "2025-11-28");
    const auto unresolved = find_dates("11月28日", std::nullopt);
    REQUIRE(unresolved.size() == 1);
    CHECK_FALSE(unresolved[0].resolved);
    CHECK(unresolved[0].iso.empty());
}

TEST_CASE("impossible dates are rejected, not reported", "[dates]") {
    CHECK(find_dates("2月30日", reference).empty());
    CHECK(find_dates("2025年2月29日", reference).empty());
    CHECK(find_dates("2025年13月", reference).empty());
    CHECK(find_dates("13月5日", reference).empty());
    CHECK(find_dates("4月31日", std::nullopt).empty());
    CHECK(find_dates("32日", reference).empty());
    CHECK(single_iso("2024年2月29日") == "2024-02-29");
}

TEST_CASE("relative day words resolve against the reference date", "[dates]") {
    CHECK(single_iso("今天") == "2025-11-28");
    CHECK(single_iso("昨天") == "2025-11-27");
    CHECK(single_iso("前天") == "2025-11-26");
    CHECK(single_iso("明天") == "2025-11-29");
    CHECK(single_iso("当天") == "2025-11-28");
    CHECK(single_iso("昨天上午10时") == "2025-11-27T10:00");
    const auto m = find_dates("昨天", reference);
    REQUIRE(m.size() == 1);
    CHECK(m[0].relative);
    CHECK(m[0].resolved);
}

TEST_CASE("vague recent expressions resolve to a conventional interval", "[dates]") {
    CHECK(single_iso("近日") == "2025-11-14/2025-11-28");
    CHECK(single_iso("日前") == "2025-11-14/2025-11-28");
    CHECK(single_iso("前不久") == "2025-10-29/2025-11-28");
    CHECK(find_dates("节日前夕", reference).empty());
    CHECK(find_dates("3日前", reference).size() == 1);  // the 3rd, not "recently"
}

TEST_CASE("relative years, months and weeks resolve to intervals", "[dates]") {
    CHECK(single_iso("今年") == "2025");
    CHECK(single_iso("去年") == "2024");
    CHECK(single_iso("明年") == "2026");
    CHECK(single_iso("今年下半年") == "2025-07-01/2025-12-31");
    CHECK(single_iso("去年11月") == "2024-11");
    CHECK(single_iso("今年3月5日") == "2025-03-05");
    CHECK(single_iso("上月底") == "2025-10-21/2025-10-31");
    CHECK(single_iso("本月") == "2025-11");
    CHECK(single_iso("下个月") == "2025-12");
    CHECK(single_iso("本周三") == "2025-11-26");
    CHECK(single_iso("上周五") == "2025-11-21");
    CHECK(single_iso("下周") == "2025-12-01/2025-12-07");
    CHECK(single_iso("上月底", CivilDate{2025, 3, 10}) == "2025-02-21/2025-02-28");
    CHECK(single_iso("一季度") == "<0 matches>");
    CHECK(single_iso("今年一季度") == "2025-01-01/2025-03-31");
}

TEST_CASE("without a reference date relative expressions stay unresolved", "[dates]") {
    for (const char* text : {"昨天", "近日", "今年下半年", "上月底", "本周三", "当天"}) {
        const auto m = find_dates(text, std::nullopt);
        INFO(text);
        REQUIRE(m.size() == 1);
        CHECK(m[0].relative);
        CHECK_FALSE(m[0].resolved);
        CHECK(m[0].iso.empty());
    }
}

TEST_CASE("times of day need a period word, minutes or a date", "[dates]") {
    CHECK(single_iso("上午9时30分") == "T09:30");
    CHECK(single_iso("晚上8点") == "T20:00");
    CHECK(single_iso("14时30分") == "T14:30");
    CHECK(find_dates("提出三点要求", reference).empty());
    CHECK(find_dates("同时", reference).empty());
    CHECK(find_dates("9时期", reference).empty());
}

TEST_CASE("words that contain date characters are not dates", "[dates]") {
    CHECK(find_dates("前天津市长", reference).empty());
    CHECK(find_dates("10余年", reference).empty());
    CHECK(find_dates("3个月", reference).empty());
    CHECK(find_dates("300年", reference).empty());
    CHECK(find_dates("每周一", reference).empty());
    CHECK(find_dates("20250年", reference).empty());
}

TEST_CASE("date spans lie inside arbitrary input, sorted and deterministic", "[dates]") {
    std::mt19937 rng(42);
    const char* pieces[] = {"年",   "月",   "日",  "2025", "11",       "二", "十",
                            "今天", "上午", "9时", "\xff", "\xe5\xb9", "周", "三",
                            "近日", " ",    "\n",  "号",   "30分"};
    for (int round = 0; round < 500; ++round) {
        std::string text;
        const int n = static_cast<int>(rng() % 20);
        for (int k = 0; k < n; ++k) text += pieces[rng() % (sizeof pieces / sizeof *pieces)];
        const auto a = find_dates(text, reference);
        const auto b = find_dates(text, reference);
        REQUIRE(a.size() == b.size());
        std::size_t previous_end = 0;
        for (std::size_t k = 0; k < a.size(); ++k) {
            CHECK(a[k].begin < a[k].end);
            CHECK(a[k].end <= text.size());
            CHECK(a[k].begin >= previous_end);
            CHECK(a[k].iso == b[k].iso);
            if (a[k].resolved && !a[k].time_only) {
                CHECK(broadsheet::detail::is_valid_date(a[k].first.year, a[k].first.month,
                                                        a[k].first.day));
                CHECK_FALSE(a[k].last < a[k].first);
            }
            previous_end = a[k].end;
        }
    }
}

TEST_CASE("every row of the date-resolution test set resolves as expected", "[dates]") {
    const std::string data = broadsheet_test::read_fixture("dates/resolution.tsv");
    std::size_t pos = 0, rows = 0;
    while (pos < data.size()) {
        std::size_t eol = data.find('\n', pos);
        if (eol == std::string::npos) eol = data.size();
        const std::string line = data.substr(pos, eol - pos);
        pos = eol + 1;
        if (line.empty() || line[0] == '#') continue;
        const std::size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
        REQUIRE(t2 != std::string::npos);
        const std::string expression = line.substr(0, t1);
        const std::string ref = line.substr(t1 + 1, t2 - t1 - 1);
        std::string expected = line.substr(t2 + 1);
        if (expected == "-") expected.clear();
        std::optional<CivilDate> reference;
        if (ref != "-") reference = broadsheet::detail::parse_iso_date(ref);
        const auto matches = find_dates(expression, reference);
        INFO(expression << " @" << ref);
        CHECK(matches.size() <= 1);
        CHECK((matches.empty() ? std::string() : matches[0].iso) == expected);
        ++rows;
    }
    CHECK(rows >= 90);
}
