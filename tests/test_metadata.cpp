// The metadata extractor: headline, authors, dateline, entities, keywords, counts, and
// robustness on arbitrary input.
#include <algorithm>
#include <broadsheet/metadata.hpp>
#include <random>
#include <string>

#include "catch.hpp"
#include "support.hpp"

using broadsheet::ArticleMetadata;
using broadsheet::Entity;
using broadsheet::EntityType;
using broadsheet::MetadataExtractor;
using broadsheet::MetadataOptions;

namespace {

MetadataExtractor make(const std::string& reference = "") {
    MetadataOptions options;
    options.reference_date = reference;
    auto extractor = MetadataExtractor::create(options);
    REQUIRE(extractor.has_value());
    return *extractor;
}

const Entity* find(const ArticleMetadata& meta, EntityType type, const std::string& text) {
    for (const Entity& e : meta.entities)
        if (e.type == type && e.text == text) return &e;
    return nullptr;
}

std::string article(const std::string& body) {
    return "河西区携手医大二院共筑胸痛救治新高地\n■ 通讯员 赵钰真\n" + body + "\n";
}

}  // namespace

TEST_CASE("create rejects impossible reference dates and bad thresholds", "[metadata]") {
    MetadataOptions options;
    options.reference_date = "2025-02-30";
    auto bad = MetadataExtractor::create(options);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == broadsheet::ErrorCode::invalid_argument);
    CHECK(bad.error().message.find("reference_date") != std::string::npos);
    options.reference_date = "2025-11-28";
    options.strict_threshold = 1.5;
    CHECK_FALSE(MetadataExtractor::create(options).has_value());
    options.strict_threshold = 0.7;
    CHECK(MetadataExtractor::create(options).has_value());
}

TEST_CASE("to_string names entity types and precisions", "[metadata]") {
    CHECK(std::string(to_string(EntityType::organization)) == "organization");
    CHECK(std::string(to_string(EntityType::quote)) == "quote");
    CHECK(std::string(to_string(broadsheet::DatePrecision::minute)) == "minute");
}

TEST_CASE("headline, byline and body are told apart in one article's text", "[metadata]") {
    const std::string text =
        "“岗”好有我 “职”等你来\n2025年第三届“河西人才节” 系列主题招聘活动收官\n■ 通讯员 "
        "赵钰真\n为进一步促进高质量充分就业,前不久,"
        "河西区委组织部联合举办了专项招聘活动。本次招聘会作"
        "为系列活动之一。\n第二段。\n";
    const ArticleMetadata meta = make("2025-11-28").extract(text);
    CHECK(meta.headline.title == "2025年第三届“河西人才节” 系列主题招聘活动收官");
    CHECK(meta.headline.kicker == "“岗”好有我 “职”等你来");
    CHECK(meta.headline.combined == meta.headline.kicker + " " + meta.headline.title);
    REQUIRE(meta.authors.size() == 1);
    CHECK(meta.authors[0].name == "赵钰真");
    CHECK(meta.authors[0].role == broadsheet::AuthorRole::correspondent);
    CHECK(meta.authors[0].role_text == "通讯员");
    CHECK(meta.authors[0].span.of(text) == "赵钰真");
    CHECK(meta.counts.paragraphs == 2);
    CHECK(
        meta.summary ==
        "为进一步促进高质量充分就业,前不久,河西区委组织部联合举办了专项招聘活动。本次招聘会作为系列"
        "活动之一。");
}

TEST_CASE("editors are kept apart from authors", "[metadata]") {
    const ArticleMetadata meta =
        make().extract("标题在这里\n记者 王五 通讯员 赵六\n正文第一句。\n责任编辑：李四\n");
    std::vector<std::string> authors, editors;
    for (const auto& a : meta.authors) authors.push_back(a.name);
    for (const auto& a : meta.editors) editors.push_back(a.name);
    CHECK(authors == std::vector<std::string>{"王五", "赵六"});
    CHECK(std::find(authors.begin(), authors.end(), "李四") == authors.end());
}

TEST_CASE("gazetteer chains resolve with codes and hierarchy", "[metadata][places]") {
    const ArticleMetadata meta =
        make().extract(article("考察团赴甘肃省甘南藏族自治州卓尼县木耳镇吾固村调研。"));
    const Entity* county = find(meta, EntityType::place, "卓尼县");
    REQUIRE(county);
    CHECK(county->normalized == "623022");
    CHECK(county->hierarchy == "甘肃省/甘南藏族自治州/卓尼县");
    CHECK(county->subtype == "county");
    const Entity* town = find(meta, EntityType::place, "木耳镇");
    REQUIRE(town);  // two 木耳镇 exist: the chain picks Gansu's
    CHECK(town->normalized == "623022101");
    const Entity* village = find(meta, EntityType::place, "吾固村");
    REQUIRE(village);
    CHECK(village->subtype == "village");
    CHECK(village->confidence < county->confidence);
    CHECK(find(meta, EntityType::place, "甘南藏族自治州")->normalized == "623000");
}

TEST_CASE("ambiguous place names use places named elsewhere in the text", "[metadata][places]") {
    const auto with_chongqing =
        make().extract(article("重庆市渝北区的木耳镇举行活动。木耳镇很美。"));
    const Entity* town = find(with_chongqing, EntityType::place, "木耳镇");
    REQUIRE(town);
    CHECK(town->normalized == "500112139");
    CHECK(town->spans.size() == 2);
    const auto alone = make().extract(article("木耳镇举行活动。"));
    const Entity* unknown = find(alone, EntityType::place, "木耳镇");
    REQUIRE(unknown);
    CHECK(unknown->normalized.empty());  // no guess between the two
    CHECK(unknown->confidence < 0.7);
}

TEST_CASE("short forms of prefectures and counties are places", "[metadata][places]") {
    const auto meta = make().extract(article("平凉市将与甘南州合作。平凉的干部来到庄浪。"));
    const Entity* pingliang = find(meta, EntityType::place, "平凉市");
    REQUIRE(pingliang);
    CHECK(pingliang->spans.size() == 2);  // 平凉市 and 平凉
    const Entity* gannan = find(meta, EntityType::place, "甘南州");
    REQUIRE(gannan);
    CHECK(gannan->normalized == "623000");
}

TEST_CASE("countries come from ICU, abbreviations only in context", "[metadata][places]") {
    const auto meta = make().extract(article("美国和俄罗斯代表出席。中美关系稳定。美好的生活。"));
    const Entity* us = find(meta, EntityType::place, "美国");
    REQUIRE(us);
    CHECK(us->normalized == "US");
    CHECK(us->spans.size() == 2);  // 美国 and 美 in 中美, not 美 in 美好
    CHECK(find(meta, EntityType::place, "俄罗斯"));
}

TEST_CASE("organisations take their longest extent and short forms as written", "[metadata]") {
    const auto meta = make().extract(article(
        "日前,天津医科大学第二医院与河西区卫生健康委员会召开例会。会上,医大二院专家发言。天津市委、"
        "市政府部署工作。天津昊宸智能科技有限公司参加。"));
    CHECK(find(meta, EntityType::organization, "天津医科大学第二医院"));
    CHECK(find(meta, EntityType::organization, "河西区卫生健康委员会"));
    CHECK(find(meta, EntityType::organization, "医大二院"));
    CHECK(find(meta, EntityType::organization, "天津市委"));
    CHECK(find(meta, EntityType::organization, "市政府"));
    CHECK(find(meta, EntityType::organization, "天津昊宸智能科技有限公司"));
}

TEST_CASE("people come from titles, speech verbs and bylines", "[metadata]") {
    const auto meta = make().extract(
        article("“要让居民信任基层,首先必须让基层接得住、看得好。”医大二院医务部主任邹颖表示,医院将"
                "持续推动。求职者王女士说,岗位很多。"));
    const Entity* zou = find(meta, EntityType::person, "邹颖");
    REQUIRE(zou);
    CHECK(zou->role == "医务部主任");
    const Entity* wang = find(meta, EntityType::person, "王女士");
    REQUIRE(wang);
    CHECK(wang->role == "求职者");
    const Entity* author = find(meta, EntityType::person, "赵钰真");
    REQUIRE(author);
    bool quote_found = false;
    for (const Entity& e : meta.entities)
        if (e.type == EntityType::quote) {
            quote_found = true;
            CHECK(e.speaker == "邹颖");
            CHECK(e.text.find("信任基层") != std::string::npos);
        }
    CHECK(quote_found);
}

TEST_CASE("common words are not taken for names", "[metadata]") {
    const auto meta =
        make().extract("标题\n对援派干部人才的关心表示感谢。众所周知,许多万元户发展中国家。\n");
    for (const Entity& e : meta.entities) {
        INFO(e.text);
        CHECK(e.type != EntityType::person);
    }
    CHECK_FALSE(find(meta, EntityType::place, "中国"));
}

TEST_CASE("relative dates resolve against the option's reference date only", "[metadata][dates]") {
    const std::string text = article("近日,考察团出发。昨天上午9时30分召开会议。");
    const auto resolved = make("2025-11-28").extract(text);
    CHECK(resolved.reference_date == "2025-11-28");
    const Entity* yesterday = nullptr;
    for (const Entity& e : resolved.entities)
        if (e.type == EntityType::date && e.text == "昨天上午9时30分") yesterday = &e;
    REQUIRE(yesterday);
    CHECK(yesterday->normalized == "2025-11-27T09:30");
    CHECK(yesterday->date.relative);
    CHECK(yesterday->date.first == "2025-11-27");
    CHECK(yesterday->date.precision == broadsheet::DatePrecision::minute);

    const auto unresolved = make().extract(text);
    CHECK(unresolved.reference_date.empty());
    for (const Entity& e : unresolved.entities)
        if (e.type == EntityType::date) {
            CHECK(e.normalized.empty());
            CHECK_FALSE(e.date.resolved);
        }
}

TEST_CASE("a dateline date becomes the reference date", "[metadata][dates]") {
    const auto meta =
        make("2025-03-10")
            .extract("两会特别报道\n本报北京3月4日电 (记者李龙伊)昨天,会议在京开幕。\n");
    REQUIRE(meta.dateline.present);
    CHECK(meta.dateline.source == "本报");
    CHECK(meta.dateline.place == "北京");
    CHECK(meta.dateline.date == "2025-03-04");
    CHECK(meta.reference_date == "2025-03-04");
    const Entity* yesterday = find(meta, EntityType::date, "昨天");
    REQUIRE(yesterday);
    CHECK(yesterday->normalized == "2025-03-03");
}

TEST_CASE("strict mode drops low-confidence entities", "[metadata]") {
    MetadataOptions options;
    options.reference_date = "2025-11-28";
    options.strict = true;
    const auto strict =
        MetadataExtractor::create(options)->extract(article("近日,木耳镇举行活动。"));
    for (const Entity& e : strict.entities) CHECK(e.confidence >= 0.7);
    CHECK_FALSE(find(strict, EntityType::date, "近日"));
}

TEST_CASE("keywords and counts on the sample page's first article", "[metadata]") {
    const std::string page = broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt");
    const std::size_t end = page.find("首诊在社区");
    REQUIRE(end != std::string::npos);
    const auto meta = make("2025-11-28").extract(page.substr(0, end));
    CHECK(meta.headline.title == "河西区党政考察团赴甘肃省开展东西部协作和支援合作考察调研");
    REQUIRE(meta.authors.size() == 1);
    CHECK(meta.authors[0].name == "金志成");
    REQUIRE(meta.keywords.size() >= 3);
    bool has_cooperation = false;
    for (const auto& k : meta.keywords) has_cooperation = has_cooperation || k.text == "协作";
    CHECK(has_cooperation);
    CHECK(meta.counts.paragraphs >= 6);
    CHECK(meta.counts.characters > 800);
    CHECK(meta.counts.reading_minutes > 1.0);
    for (const Entity& e : meta.entities)
        for (const auto& s : e.spans) {
            CHECK(s.end <= end);
            CHECK(s.begin < s.end);
        }
}

TEST_CASE("spans point into the original bytes through full-width folding", "[metadata]") {
    const std::string text = "标题\n　　２０２５年１１月２８日，卓尼县召开会议。\n";
    const auto meta = make().extract(text);
    const Entity* date = find(meta, EntityType::date, "2025年11月28日");
    REQUIRE(date);
    CHECK(date->spans[0].of(text) == "２０２５年１１月２８日");
    CHECK(date->normalized == "2025-11-28");
    const Entity* county = find(meta, EntityType::place, "卓尼县");
    REQUIRE(county);
    CHECK(county->spans[0].of(text) == "卓尼县");
}

TEST_CASE("arbitrary bytes never break the extractor and spans stay inside", "[metadata]") {
    std::mt19937 rng(7);
    const MetadataExtractor extractor = make("2025-11-28");
    const char* pieces[] = {"卓尼县", "“",        "”",    "表示",   "王",   "有限公司",
                            "\n",     "\xff\xfe", "\xe5", "2025年", "近日", "记者 ",
                            "■",      "中美",     "村",   "。",     "\0",   " "};
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const int n = static_cast<int>(rng() % 30);
        for (int k = 0; k < n; ++k) {
            const char* p = pieces[rng() % (sizeof pieces / sizeof *pieces)];
            text += *p ? std::string(p) : std::string(1, '\0');
        }
        if (rng() % 4 == 0) text += static_cast<char>(rng() % 256);
        const auto a = extractor.extract(text);
        const auto b = extractor.extract(text);
        REQUIRE(a.entities.size() == b.entities.size());
        for (const Entity& e : a.entities)
            for (const auto& s : e.spans) {
                CHECK(s.begin <= s.end);
                CHECK(s.end <= text.size());
            }
        for (const auto& author : a.authors) CHECK(author.span.end <= text.size());
    }
}
