// The article segmenter. Three passes over the normalized page, all linear:
//  1. lines: split, measure (characters, indentation, end punctuation) and classify each line
//     (furniture, byline, dateline, caption, credit, short headline-like line, body);
//  2. items: body lines become paragraphs (hard wraps and column breaks joined), short lines
//     headline candidates; captions and furniture do not interrupt an open paragraph;
//  3. articles: headline groups, bylines, datelines and paragraphs become articles; what a
//     headline group is (new article, displaced headline, crosshead) is decided by what
//     follows it and by the state of the current article.
// All offsets are normalized offsets until the page is built, then mapped to the original.
// This file runs the passes (classify.cpp, marks.cpp, assemble.cpp) and holds the public API.
#include <broadsheet/segmenter.hpp>
#include <cstdio>
#include <memory>
#include <utility>

#include "segmenter/segmenter_impl.hpp"

namespace broadsheet {
namespace detail {

void SegmenterImpl::explain() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const Line& line = lines_[i];
        LineExplanation e;
        e.span = map(Span{line.raw_begin, line.raw_end});
        e.line_class = line.kind == Kind::blank ? LineClass::blank : line.final_class;
        e.article = line.article;
        if (line.kind != Kind::blank) {
            char features[160];
            std::snprintf(features, sizeof features,
                          "chars=%zu indent=%zu blank_before=%zu terminal=%s continuing=%s%s",
                          line.chars, line.indent, line.blank_before, line.terminal ? "yes" : "no",
                          line.continuing ? "yes" : "no",
                          hard_wrapped_ ? " page=hard_wrapped" : "");
            e.features = features;
            e.rule = line.rule;
        }
        page_.explanation.push_back(std::move(e));
    }
}

Page SegmenterImpl::run() {
    for (const Diagnostic& d : normalized_.diagnostics()) page_.diagnostics.push_back(d);
    split_lines();
    classify_lines();
    join_wrapped_end_credits();
    mark_contact_blocks();
    detect_wrap_style();
    mark_headline_candidates();
    mark_unpunctuated_blocks_over_bylines();
    mark_verse();
    mark_question_crossheads();
    mark_result_lines();
    mark_wrapped_numbered_items();
    mark_name_lists();
    mark_bulleted_briefs_after_records();
    mark_signed_run_in_briefs();
    mark_notice_signatures();
    mark_chart_blocks();
    mark_boxes_inside_cut_paragraphs();
    mark_semicolon_breaks();
    mark_cuts_before_speech_verbs();
    mark_decimal_breaks();
    mark_wrapped_lead_lines();
    mark_titles_inside_cut_paragraphs();
    mark_words_cut_at_column_gaps();
    mark_reader_signatures_over_replies();
    mark_row_boxes_between_paragraphs();
    mark_box_titles_under_labels();
    mark_captions_over_credits();
    mark_captions_under_credits();
    mark_caption_second_lines();
    mark_credits_under_headlines();
    mark_lines_over_headlines();
    build_items();
    find_wrapped_leads();
    assemble();
    place_rests_after_short_items();
    for (std::size_t i = 0; i < page_.articles.size(); ++i) {
        place_later_columns(i);
        finish_article(i);
    }
    if (options_.explain) explain();
    return std::move(page_);
}

}  // namespace detail
}  // namespace broadsheet

BROADSHEET_NAMESPACE_BEGIN

// What the segmenter prepares once from its options.
struct ArticleSegmenter::Compiled {
    detail::Conventions conventions;
};

ArticleSegmenter::ArticleSegmenter() : ArticleSegmenter(SegmenterOptions{}) {}
ArticleSegmenter::ArticleSegmenter(SegmenterOptions options)
    : options_(std::move(options)),
      compiled_(std::make_shared<const Compiled>(Compiled{detail::Conventions(options_)})) {}

Page ArticleSegmenter::segment(std::string_view page_text) const {
    const NormalizedText normalized = normalize(page_text, options_.normalize);
    return segment(page_text, normalized);
}

Page ArticleSegmenter::segment(std::string_view original, const NormalizedText& normalized) const {
    if (normalized.original_size() != original.size()) {
        // Not the text it was made from: spans could not be trusted, normalize again.
        return segment(original);
    }
    detail::SegmenterImpl impl(options_, compiled_->conventions, original, normalized);
    return impl.run();
}

const char* to_string(HeadlineRole role) noexcept {
    switch (role) {
        case HeadlineRole::kicker:
            return "kicker";
        case HeadlineRole::title:
            return "title";
        case HeadlineRole::subtitle:
            return "subtitle";
        case HeadlineRole::column_name:
            return "column_name";
    }
    return "title";
}

const char* to_string(JumpDirection direction) noexcept {
    return direction == JumpDirection::continued_from ? "continued_from" : "continued_to";
}

const char* to_string(FurnitureKind kind) noexcept {
    switch (kind) {
        case FurnitureKind::page_header:
            return "page_header";
        case FurnitureKind::date_line:
            return "date_line";
        case FurnitureKind::page_number:
            return "page_number";
        case FurnitureKind::paper_name:
            return "paper_name";
        case FurnitureKind::section_name:
            return "section_name";
        case FurnitureKind::editor_line:
            return "editor_line";
        case FurnitureKind::jump_marker:
            return "jump_marker";
        case FurnitureKind::other:
            return "other";
    }
    return "other";
}

const char* to_string(LineClass line_class) noexcept {
    switch (line_class) {
        case LineClass::blank:
            return "blank";
        case LineClass::furniture:
            return "furniture";
        case LineClass::headline:
            return "headline";
        case LineClass::crosshead:
            return "crosshead";
        case LineClass::byline:
            return "byline";
        case LineClass::dateline:
            return "dateline";
        case LineClass::body:
            return "body";
        case LineClass::caption:
            return "caption";
        case LineClass::credit:
            return "credit";
        case LineClass::unplaced:
            return "unplaced";
    }
    return "blank";
}

BROADSHEET_NAMESPACE_END
