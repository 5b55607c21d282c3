// Golden test: the sample page and every synthetic-* and unseen-* page in tests/data/pages against
// their gold structure (same format as ../shared/pages/*.gold.json), all exact.
#include <broadsheet/segmenter.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "page_eval.hpp"
#include "support.hpp"

namespace {

void check_page_exact(const std::string& name) {
    const std::string text = broadsheet_test::read_fixture("pages/" + name + ".txt");
    const std::string gold_text = broadsheet_test::read_fixture("pages/" + name + ".gold.json");
    const auto gold = broadsheet_eval::parse_gold(gold_text);
    const broadsheet::ArticleSegmenter segmenter;
    const broadsheet::Page page = segmenter.segment(text);
    const auto score = broadsheet_eval::score_page(text, page, gold);
    INFO("page " << name);
    for (const std::string& note : score.notes) INFO(note);
    std::string notes;
    for (const std::string& note : score.notes) notes += note + "\n";
    INFO(notes);
    CHECK(score.articles_found == score.articles_gold);
    CHECK(score.articles_matched == score.articles_gold);
    CHECK(score.headlines_exact == score.articles_gold);
    CHECK(score.authors_exact == score.articles_gold);
    CHECK(score.crossheads_exact == score.articles_gold);
    CHECK(score.paragraphs_right == score.paragraphs_gold);
    CHECK(score.paragraphs_found == score.paragraphs_gold);
    CHECK(score.joins_wrong == 0);
}

}  // namespace

TEST_CASE("segmenter golden: the sample page is segmented exactly", "[segmenter][golden]") {
    check_page_exact("tianjin-hexi-2025");
    const std::string text = broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt");
    const broadsheet::Page page = broadsheet::ArticleSegmenter().segment(text);
    REQUIRE(page.articles.size() == 5);
    std::size_t paragraphs = 0;
    for (const auto& a : page.articles) paragraphs += a.paragraphs.size();
    CHECK(paragraphs == 30);
    CHECK(page.articles[3].crossheads.size() == 2);
    CHECK(page.articles[4].authors.size() == 2);
}

TEST_CASE("segmenter golden: every synthetic and unseen-style page is segmented exactly",
          "[segmenter][golden]") {
    const std::filesystem::path dir = std::filesystem::path(BROADSHEET_TEST_DATA_DIR) / "pages";
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string file = entry.path().filename().string();
        const bool written_for_tests =
            file.rfind("synthetic-", 0) == 0 || file.rfind("unseen-", 0) == 0;
        if (written_for_tests && entry.path().extension() == ".txt")
            names.push_back(entry.path().stem().string());
    }
    REQUIRE(names.size() >= 8);
    for (const std::string& name : names) {
        DYNAMIC_SECTION(name) {
            check_page_exact(name);
        }
    }
}

// Pages in styles written after the rules (unseen-*, and blind-* written by writers who never
// saw the segmenter): the first-run scores on them are the honest generalization figure
// (docs/segmenter.md). Together they must stay at the targets for unseen pages; the
// blind-* pages are not all exact, so they are not in the exactness test above.
TEST_CASE("segmenter golden: the unseen-style pages meet the targets", "[segmenter][golden]") {
    const std::filesystem::path dir = std::filesystem::path(BROADSHEET_TEST_DATA_DIR) / "pages";
    broadsheet_eval::PageScore total;
    std::size_t pages = 0;
    const broadsheet::ArticleSegmenter segmenter;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string file = entry.path().filename().string();
        const bool unseen = file.rfind("unseen-", 0) == 0 || file.rfind("blind-", 0) == 0;
        if (!unseen || entry.path().extension() != ".txt") continue;
        const std::string name = entry.path().stem().string();
        const std::string text = broadsheet_test::read_fixture("pages/" + name + ".txt");
        const auto gold = broadsheet_eval::parse_gold(
            broadsheet_test::read_fixture("pages/" + name + ".gold.json"));
        total += broadsheet_eval::score_page(text, segmenter.segment(text), gold);
        ++pages;
    }
    REQUIRE(pages >= 8);
    const double gold_articles = static_cast<double>(total.articles_gold);
    CHECK(total.articles_matched >= 0.95 * gold_articles);
    CHECK(total.headlines_exact >= 0.90 * gold_articles);
    CHECK(total.authors_exact >= 0.95 * gold_articles);
    CHECK(total.f1() >= 0.95);
    // Wrong column-break joins stay rare (the first-run misses of the blind rounds).
    CHECK(total.joins_wrong * 20 <= total.joins_right);
}
