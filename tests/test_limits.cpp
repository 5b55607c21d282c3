// Documented limits: past each one, processing stops or degrades cleanly, reports it, and
// keeps every byte accounted for.
#include <broadsheet/pipeline.hpp>
#include <broadsheet/segmenter.hpp>
#include <string>

#include "catch.hpp"

namespace {

bool has(const std::vector<broadsheet::Diagnostic>& diagnostics, broadsheet::DiagnosticCode code) {
    for (const auto& d : diagnostics)
        if (d.code == code) return true;
    return false;
}

}  // namespace

TEST_CASE("a line over max_line_bytes is never a headline", "[limits][segmenter]") {
    broadsheet::SegmenterOptions options;
    options.max_line_bytes = 64;
    const broadsheet::ArticleSegmenter segmenter(options);
    std::string long_line;
    while (long_line.size() < 200) long_line += "河西区举办活动";  // no terminal punctuation
    const std::string page =
        "标题一行\n\n■ 通讯员 金志成\n\n近日，活动举行。\n\n" + long_line + "\n";
    const auto result = segmenter.segment(page);
    for (const auto& article : result.articles)
        for (const auto& headline : article.headlines) CHECK(headline.span.size() <= 64);
}

TEST_CASE("past max_articles the rest of the page is kept as unplaced", "[limits][segmenter]") {
    broadsheet::SegmenterOptions options;
    options.max_articles = 2;
    const broadsheet::ArticleSegmenter segmenter(options);
    std::string page;
    for (int i = 0; i < 5; ++i) {
        page += "第" + std::to_string(i) + "条新闻标题\n\n■ 通讯员 张三\n\n近日，第" +
                std::to_string(i) + "项活动举行。\n\n";
    }
    const auto result = segmenter.segment(page);
    CHECK(result.articles.size() == 2);
    CHECK(!result.unplaced.empty());
    CHECK(has(result.diagnostics, broadsheet::DiagnosticCode::limit_reached));
}

TEST_CASE("past max_input_bytes the pipeline reports where it stopped", "[limits][pipeline]") {
    broadsheet::PipelineOptions options;
    options.segmenter.normalize.max_input_bytes = 1000;
    const auto pipeline = broadsheet::Pipeline::create(options);
    REQUIRE(pipeline);
    std::string page;
    while (page.size() < 5000) page += "近日，河西区举办活动，居民踊跃参加。\n\n";
    const auto result = pipeline->process(page);
    bool reported = false;
    for (const auto& d : result.page.diagnostics) {
        if (d.code == broadsheet::DiagnosticCode::input_too_large) {
            reported = true;
            CHECK(d.severity == broadsheet::Severity::error);
            CHECK(d.span.begin <= 1000);
            CHECK(d.span.end == page.size());
        }
    }
    CHECK(reported);
}
