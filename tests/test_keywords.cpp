// Keywords: the TextRank ranking on hand-made word sequences, and both methods through the
// extractor's options.
#include <algorithm>
#include <broadsheet/metadata.hpp>
#include <broadsheet/tokenizer.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "metadata/keywords.hpp"
#include "support.hpp"

using broadsheet::KeywordMethod;
using broadsheet::MetadataExtractor;
using broadsheet::MetadataOptions;
using broadsheet::detail::textrank;

namespace {

double score_of(const std::vector<std::pair<std::string_view, double>>& scores,
                std::string_view word) {
    for (const auto& [w, s] : scores)
        if (w == word) return s;
    return -1;
}

// The sample page's first article (headline, byline, body).
std::string sample_article() {
    const std::string page = broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt");
    const std::size_t end = page.find("首诊在社区");
    REQUIRE(end != std::string::npos);
    return page.substr(0, end);
}

}  // namespace

TEST_CASE("textrank of no words is empty", "[keywords]") {
    CHECK(textrank({}).empty());
    CHECK(textrank({"", "", ""}).empty());
}

TEST_CASE("textrank ranks a word linked to many others first", "[keywords]") {
    // 医院 co-occurs with five different words, each of which co-occurs only with it.
    const std::vector<std::string_view> words = {"医院", "专家", "",     "医院", "患者",
                                                 "",     "医院", "设备", "",     "医院",
                                                 "护士", "",     "医院", "病房"};
    const auto scores = textrank(words);
    REQUIRE(scores.size() == 6);
    CHECK(scores.front().first == "医院");  // order of first occurrence
    CHECK(score_of(scores, "医院") == Approx(1.0));
    for (std::string_view leaf : {"专家", "患者", "设备", "护士", "病房"}) {
        CHECK(score_of(scores, leaf) < 0.5);
        CHECK(score_of(scores, leaf) == Approx(score_of(scores, "专家")));
    }
}

TEST_CASE("textrank links words within the window only, never across a break", "[keywords]") {
    // 协作 and 调研 are separated by a break: neither is linked, both score the same.
    const auto split = textrank({"协作", "", "调研"});
    REQUIRE(split.size() == 2);
    CHECK(split[0].second == Approx(split[1].second));
    // With a window of 2 only neighbours link: in A B C, B has two links and wins.
    const auto chain = textrank({"甘肃", "协作", "考察"}, 2);
    CHECK(score_of(chain, "协作") == Approx(1.0));
    CHECK(score_of(chain, "甘肃") < 1.0);
    CHECK(score_of(chain, "甘肃") == Approx(score_of(chain, "考察")));
}

TEST_CASE("textrank is deterministic", "[keywords]") {
    std::vector<std::string_view> words;
    const std::vector<std::string_view> vocabulary = {"东西部", "协作", "甘肃", "河西区", "产业",
                                                      "帮扶",   "考察", "合作", "调研"};
    for (std::size_t i = 0; i < 200; ++i) words.push_back(vocabulary[(i * 7 + i / 3) % 9]);
    const auto first = textrank(words);
    const auto second = textrank(words);
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].first == second[i].first);
        CHECK(first[i].second == second[i].second);  // bit for bit
    }
}

TEST_CASE("TextRank keywords through the extractor options", "[keywords][metadata]") {
    MetadataOptions options;
    options.reference_date = "2025-11-28";
    options.keyword_method = KeywordMethod::text_rank;
    auto extractor = MetadataExtractor::create(options);
    REQUIRE(extractor.has_value());
    const std::string text = sample_article();
    const auto meta = extractor->extract(text);
    REQUIRE(meta.keywords.size() >= 3);
    CHECK(meta.keywords.size() <= options.max_keywords);
    CHECK(meta.keywords.front().weight == Approx(1.0));
    for (std::size_t i = 1; i < meta.keywords.size(); ++i)
        CHECK(meta.keywords[i].weight <= meta.keywords[i - 1].weight);
    // Authors are never keywords.
    for (const auto& k : meta.keywords) CHECK(k.text != "金志成");
    // The same input gives the same keywords.
    const auto again = extractor->extract(text);
    REQUIRE(again.keywords.size() == meta.keywords.size());
    for (std::size_t i = 0; i < meta.keywords.size(); ++i)
        CHECK(again.keywords[i].text == meta.keywords[i].text);

    // Nothing to rank: no keywords, no crash.
    CHECK(extractor->extract("").keywords.empty());
    CHECK(extractor->extract("，。！\n\n123 abc").keywords.empty());
}

TEST_CASE("keyword methods have names and bad values are rejected", "[keywords][metadata]") {
    CHECK(std::string(broadsheet::to_string(KeywordMethod::tf_idf)) == "tf_idf");
    CHECK(std::string(broadsheet::to_string(KeywordMethod::text_rank)) == "text_rank");
    MetadataOptions options;
    options.keyword_method = static_cast<KeywordMethod>(7);
    const auto extractor = MetadataExtractor::create(options);
    REQUIRE_FALSE(extractor.has_value());
    CHECK(extractor.error().message.find("keyword_method") != std::string::npos);
}

TEST_CASE("TextRank keywords on generated text are bounded and deterministic", "[keywords]") {
    MetadataOptions options;
    options.keyword_method = KeywordMethod::text_rank;
    options.max_keywords = 5;
    auto extractor = MetadataExtractor::create(options);
    REQUIRE(extractor.has_value());
    const std::vector<std::string> pieces = {"协作", "甘肃省", "河西区", "，",   "。",   "\n",  " ",
                                             "医院", "考察",   "的",     "2025", "\xFF", "调研"};
    std::uint32_t state = 12345;
    for (int round = 0; round < 50; ++round) {
        std::string text;
        for (int k = 0; k < 60; ++k) {
            state = state * 1664525u + 1013904223u;
            text += pieces[(state >> 8) % pieces.size()];
        }
        const auto first = extractor->extract(text);
        const auto second = extractor->extract(text);
        REQUIRE(first.keywords.size() == second.keywords.size());
        CHECK(first.keywords.size() <= 5);
        for (std::size_t i = 0; i < first.keywords.size(); ++i) {
            CHECK(first.keywords[i].text == second.keywords[i].text);
            CHECK(first.keywords[i].weight > 0);
            CHECK(first.keywords[i].weight <= 1.0);
        }
    }
}
