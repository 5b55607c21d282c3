// Metadata extractor rules one by one, and the segmenter-article entry point.
#include <broadsheet/metadata.hpp>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

using broadsheet::ArticleMetadata;
using broadsheet::Entity;
using broadsheet::EntityType;
using broadsheet::MetadataExtractor;

namespace {

bool has(const ArticleMetadata& meta, EntityType type, const std::string& text) {
    for (const Entity& e : meta.entities)
        if (e.type == type && e.text == text) return true;
    return false;
}

ArticleMetadata run(const std::string& body) {
    static const MetadataExtractor extractor;
    return extractor.extract("标题\n" + body + "\n");
}

}  // namespace

TEST_CASE("transliterated names need a middle dot or a cue", "[metadata]") {
    CHECK(has(run("参加会议的古巴司法部长卡洛斯·阿马特在表决前指出,问题严重。"), EntityType::person,
              "卡洛斯·阿马特"));
    CHECK(has(run("克林顿说,他将重申承诺。"), EntityType::person, "克林顿"));
    CHECK_FALSE(has(run("这里有一辆桑塔纳轿车。"), EntityType::person, "桑塔纳"));
}

TEST_CASE("a name after a title need not end at a boundary", "[metadata]") {
    CHECK(has(run("市委书记张敬涛召集会议。"), EntityType::person, "张敬涛"));
    CHECK(has(run("本报讯 记者王霞光、李长云报道:运动会开幕。"), EntityType::person, "李长云"));
}

TEST_CASE("names are not invented from common words", "[metadata]") {
    const auto meta = run("众所周知,许多人对此表示关心。高度评价这一成果。");
    for (const Entity& e : meta.entities) CHECK(e.type != EntityType::person);
}

TEST_CASE("teams after a place are organisations", "[metadata]") {
    CHECK(has(run("中国女队在今天的比赛中获胜。"), EntityType::organization, "中国女队"));
    CHECK(has(run("比赛中青岛海牛队领先。"), EntityType::organization, "青岛海牛队"));
}

TEST_CASE("kinds of institutions and quantified phrases are not named organisations",
          "[metadata]") {
    const auto meta = run("两所学校和一些保险公司参加。这个出版社很有名。");
    for (const Entity& e : meta.entities) {
        INFO(e.text);
        CHECK(e.type != EntityType::organization);
    }
    CHECK(has(run("微软公司称,新系统将发布。"), EntityType::organization, "微软公司"));
}

TEST_CASE("known organisations take the place before them", "[metadata]") {
    CHECK(has(run("美国国务院发言人表示。"), EntityType::organization, "美国国务院"));
    CHECK(has(run("外交部发言人表示。"), EntityType::organization, "外交部"));
}

TEST_CASE("country abbreviations count with a state word or a relation", "[metadata][places]") {
    const auto meta = run("俄总统发表讲话,发展中韩关系,驻华大使出席。");
    int abbreviations = 0;
    for (const Entity& e : meta.entities)
        if (e.type == EntityType::place) abbreviations += static_cast<int>(e.spans.size());
    CHECK(abbreviations >= 4);  // 俄, 中, 韩, 华
    CHECK_FALSE(has(run("今日中午吃饭。"), EntityType::place, "中国"));
}

TEST_CASE("county short forms without a related place carry no code", "[metadata][places]") {
    const auto alone = run("柳林片区历史文化展启幕。");
    for (const Entity& e : alone.entities)
        if (e.type == EntityType::place) CHECK(e.normalized.empty());
    const auto related = run("山西省吕梁市的干部说,柳林发展很快。");
    bool coded = false;
    for (const Entity& e : related.entities)
        if (e.type == EntityType::place && e.normalized == "141125") coded = true;
    CHECK(coded);
}

TEST_CASE("an article from the segmenter uses its headlines, dateline and page date",
          "[metadata]") {
    const std::string page_text =
        "2025年3月5日 星期三 第3版 要闻\n代表委员热议\n两会观察\n本报北京3月4日电 "
        "昨天上午,会议在京开幕。卓尼县代表发言。\n";
    broadsheet::Page page;
    broadsheet::Furniture header;
    header.kind = broadsheet::FurnitureKind::page_header;
    header.text = "2025年3月5日 星期三 第3版 要闻";
    header.span = {0, header.text.size()};
    page.furniture.push_back(header);

    broadsheet::Article article;
    auto span_of = [&](const std::string& s) {
        const std::size_t at = page_text.find(s);
        return broadsheet::Span{at, at + s.size()};
    };
    broadsheet::Headline kicker;
    kicker.text = "代表委员热议";
    kicker.role = broadsheet::HeadlineRole::kicker;
    kicker.span = span_of(kicker.text);
    broadsheet::Headline title;
    title.text = "两会观察";
    title.role = broadsheet::HeadlineRole::title;
    title.span = span_of(title.text);
    article.headlines = {kicker, title};
    article.has_dateline = true;
    article.dateline.source = "本报";
    article.dateline.place = "北京";
    article.dateline.date = "3月4日";
    article.dateline.month = 3;
    article.dateline.day = 4;
    article.dateline.span = span_of("本报北京3月4日电");
    broadsheet::Paragraph paragraph;
    paragraph.spans = {span_of("昨天上午,会议在京开幕。"), span_of("卓尼县代表发言。")};
    article.paragraphs = {paragraph};

    const MetadataExtractor extractor;
    const ArticleMetadata meta = extractor.extract(article, page_text, &page);
    CHECK(meta.page.issue_date == "2025-03-05");
    CHECK(meta.page.weekday == "星期三");
    CHECK(meta.page.page_number == "3");
    CHECK(meta.headline.kicker == "代表委员热议");
    CHECK(meta.headline.title == "两会观察");
    CHECK(meta.dateline.date == "2025-03-04");
    CHECK(meta.reference_date == "2025-03-04");
    const Entity* yesterday = nullptr;
    const Entity* county = nullptr;
    for (const Entity& e : meta.entities) {
        if (e.type == EntityType::date) yesterday = &e;
        if (e.type == EntityType::place && e.text == "卓尼县") county = &e;
    }
    REQUIRE(yesterday);
    CHECK(yesterday->normalized == "2025-03-03");
    CHECK(yesterday->spans[0].of(page_text) == "昨天上午");
    REQUIRE(county);
    CHECK(county->spans[0].of(page_text) == "卓尼县");
    CHECK(meta.counts.paragraphs == 1);
}

TEST_CASE("one extractor serves several threads with identical results", "[metadata]") {
    const std::string text =
        "标题\n■ 通讯员 赵钰真\n近日,天津医科大学第二医院与河西区卫生健康委员会召开例会。"
        "医务部主任邹颖表示,“要让居民信任基层。”卓尼县木耳镇吾固村参加。\n";
    broadsheet::MetadataOptions options;
    options.reference_date = "2025-11-28";
    const MetadataExtractor extractor = *MetadataExtractor::create(options);
    const ArticleMetadata expected = extractor.extract(text);
    std::vector<ArticleMetadata> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round) results[t] = extractor.extract(text);
        });
    for (auto& thread : threads) thread.join();
    for (const ArticleMetadata& r : results) {
        REQUIRE(r.entities.size() == expected.entities.size());
        for (std::size_t i = 0; i < r.entities.size(); ++i) {
            CHECK(r.entities[i].text == expected.entities[i].text);
            CHECK(r.entities[i].normalized == expected.entities[i].normalized);
            CHECK(r.entities[i].spans == expected.entities[i].spans);
        }
    }
}

TEST_CASE("segmenter articles of the sample page keep their authors and valid spans",
          "[metadata]") {
    const std::string page_text = broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt");
    const broadsheet::ArticleSegmenter segmenter;
    const broadsheet::Page page = segmenter.segment(page_text);
    REQUIRE_FALSE(page.articles.empty());
    const MetadataExtractor extractor;
    for (const broadsheet::Article& article : page.articles) {
        const ArticleMetadata meta = extractor.extract(article, page_text, &page);
        std::size_t non_editors = 0;
        for (const auto& a : article.authors)
            if (a.role != broadsheet::AuthorRole::editor) ++non_editors;
        CHECK(meta.authors.size() == non_editors);
        for (const Entity& e : meta.entities)
            for (const auto& s : e.spans) {
                CHECK(s.begin < s.end);
                CHECK(s.end <= page_text.size());
            }
        if (!article.headlines.empty()) CHECK_FALSE(meta.headline.combined.empty());
        // With the page's information computed once, the same result.
        const ArticleMetadata same =
            extractor.extract(article, page_text, page, extractor.page_info(page, page_text));
        CHECK(same.page.issue_date == meta.page.issue_date);
        CHECK(same.page.paper_name == meta.page.paper_name);
        CHECK(same.entities.size() == meta.entities.size());
        CHECK(same.editors.size() == meta.editors.size());
        CHECK(same.dateline.date == meta.dateline.date);
    }
}

TEST_CASE("an organisation absorbs the organisation it is part of", "[metadata]") {
    CHECK(has(run("联合国禁毒署署长表示。"), EntityType::organization, "联合国禁毒署"));
    CHECK(
        has(run("由全国人大常委会法工委负责。"), EntityType::organization, "全国人大常委会法工委"));
}

TEST_CASE("a suffix that starts or ends another word is not an organisation's end", "[metadata]") {
    for (const char* text : {"加强干部队伍建设。", "中国大学生上课。", "市政府部署工作。"}) {
        const auto meta = run(text);
        for (const Entity& e : meta.entities) {
            INFO(text << " -> " << e.text);
            CHECK_FALSE((e.type == EntityType::organization &&
                         (e.text == "干部队" || e.text == "中国大学" || e.text == "市政府部署")));
        }
    }
}

TEST_CASE("the summary ends after a closing quotation mark that ends a sentence", "[metadata]") {
    broadsheet::MetadataOptions options;
    options.summary_sentences = 2;
    const auto meta =
        MetadataExtractor::create(options)->extract("标题\n他说：“你好。”然后离开。第三句。\n");
    CHECK(meta.summary == "他说:“你好。”然后离开。");
}

TEST_CASE("texts longer than a recognition chunk keep valid spans across chunks", "[metadata]") {
    std::string text = "标题\n";
    while (text.size() < (std::size_t{1} << 20) + 4096)
        text += "卓尼县召开会议,王女士说,近日天气好。\n";
    const MetadataExtractor extractor;
    const auto meta = extractor.extract(text);
    const Entity* county = nullptr;
    for (const Entity& e : meta.entities)
        if (e.type == EntityType::place && e.text == "卓尼县") county = &e;
    REQUIRE(county);
    std::size_t occurrences = 0;
    for (std::size_t at = text.find("卓尼县"); at != std::string::npos;
         at = text.find("卓尼县", at + 1))
        ++occurrences;
    CHECK(county->spans.size() == occurrences);
    for (const auto& span : county->spans) {
        REQUIRE(span.end <= text.size());
        CHECK(span.of(text) == "卓尼县");
    }
}
