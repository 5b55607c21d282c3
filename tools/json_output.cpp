#include "json_output.hpp"

#include <algorithm>
#include <cstdio>

namespace broadsheet_cli {

using broadsheet::Span;

Json to_json(Span span) {
    return Json::array({span.begin, span.end});
}

namespace {

Json spans_to_json(const std::vector<Span>& spans) {
    Json out = Json::array();
    for (const Span& span : spans) out.push_back(to_json(span));
    return out;
}

template <class T>
Json list_to_json(const std::vector<T>& items) {
    Json out = Json::array();
    for (const T& item : items) out.push_back(to_json(item));
    return out;
}

Json dateline_to_json(const broadsheet::Dateline& dateline) {
    Json out;
    out["text_span"] = to_json(dateline.span);
    out["source"] = dateline.source;
    out["place"] = dateline.place;
    out["date"] = dateline.date;
    out["month"] = dateline.month;
    out["day"] = dateline.day;
    out["confidence"] = dateline.confidence;
    return out;
}

Json article_to_json(const broadsheet::Article& article) {
    Json out;
    out["span"] = to_json(article.span);
    out["confidence"] = article.confidence;
    Json headlines = Json::array();
    for (const auto& headline : article.headlines) {
        headlines.push_back({{"text", headline.text},
                             {"role", broadsheet::to_string(headline.role)},
                             {"span", to_json(headline.span)},
                             {"confidence", headline.confidence}});
    }
    out["headlines"] = std::move(headlines);
    out["authors"] = list_to_json(article.authors);
    out["byline_spans"] = spans_to_json(article.byline_spans);
    out["dateline"] = article.has_dateline ? dateline_to_json(article.dateline) : Json(nullptr);
    Json paragraphs = Json::array();
    for (const auto& paragraph : article.paragraphs) {
        paragraphs.push_back({{"text", paragraph.text},
                              {"spans", spans_to_json(paragraph.spans)},
                              {"confidence", paragraph.confidence}});
    }
    out["paragraphs"] = std::move(paragraphs);
    Json crossheads = Json::array();
    for (const auto& crosshead : article.crossheads) {
        crossheads.push_back({{"text", crosshead.text},
                              {"span", to_json(crosshead.span)},
                              {"paragraph_index", crosshead.paragraph_index},
                              {"confidence", crosshead.confidence}});
    }
    out["crossheads"] = std::move(crossheads);
    Json captions = Json::array();
    for (const auto& caption : article.captions) {
        captions.push_back({{"text", caption.text},
                            {"span", to_json(caption.span)},
                            {"credits", list_to_json(caption.credits)},
                            {"confidence", caption.confidence}});
    }
    out["captions"] = std::move(captions);
    out["credit_spans"] = spans_to_json(article.credit_spans);
    Json jumps = Json::array();
    for (const auto& jump : article.jumps) {
        jumps.push_back({{"direction", broadsheet::to_string(jump.direction)},
                         {"page", jump.page},
                         {"span", to_json(jump.span)}});
    }
    out["jumps"] = std::move(jumps);
    return out;
}

}  // namespace

Json to_json(const broadsheet::Diagnostic& diagnostic) {
    return {{"code", broadsheet::to_string(diagnostic.code)},
            {"severity", broadsheet::to_string(diagnostic.severity)},
            {"span", to_json(diagnostic.span)},
            {"message", diagnostic.message}};
}

Json to_json(const broadsheet::Author& author) {
    return {{"name", author.name},
            {"role", broadsheet::to_string(author.role)},
            {"role_text", author.role_text},
            {"span", to_json(author.span)}};
}

Json to_json(const broadsheet::Page& page, bool with_explanation) {
    Json out;
    out["schema_version"] = kSchemaVersion;
    out["broadsheet_version"] = broadsheet::version();
    out["hard_wrapped"] = page.hard_wrapped;
    Json articles = Json::array();
    for (const auto& article : page.articles) articles.push_back(article_to_json(article));
    out["articles"] = std::move(articles);
    Json furniture = Json::array();
    for (const auto& item : page.furniture) {
        furniture.push_back({{"kind", broadsheet::to_string(item.kind)},
                             {"text", item.text},
                             {"span", to_json(item.span)},
                             {"people", list_to_json(item.people)}});
    }
    out["furniture"] = std::move(furniture);
    Json unplaced = Json::array();
    for (const auto& item : page.unplaced) {
        unplaced.push_back(
            {{"text", item.text}, {"span", to_json(item.span)}, {"reason", item.reason}});
    }
    out["unplaced"] = std::move(unplaced);
    out["diagnostics"] = list_to_json(page.diagnostics);
    if (with_explanation) {
        Json lines = Json::array();
        for (const auto& line : page.explanation) {
            lines.push_back({{"span", to_json(line.span)},
                             {"class", broadsheet::to_string(line.line_class)},
                             {"article", line.article},
                             {"features", line.features},
                             {"rule", line.rule}});
        }
        out["explanation"] = std::move(lines);
    }
    return out;
}

std::string dump(const Json& json, int indent) {
    return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

namespace {

// The first `count` characters of UTF-8 `text`, with "…" when cut.
std::string first_chars(const std::string& text, std::size_t count) {
    std::size_t i = 0;
    for (std::size_t n = 0; i < text.size() && n < count; ++n) {
        std::size_t length = 0;
        broadsheet::decode_utf8(text, i, length);
        i += length;
    }
    return i < text.size() ? text.substr(0, i) + "…" : text;
}

}  // namespace

std::string to_outline(const broadsheet::Page& page) {
    std::string out;
    for (const auto& item : page.furniture) {
        out += "[" + std::string(broadsheet::to_string(item.kind)) + "] " + item.text + "\n";
    }
    for (std::size_t a = 0; a < page.articles.size(); ++a) {
        const auto& article = page.articles[a];
        out += "\n=== article " + std::to_string(a + 1) + "\n";
        for (const auto& headline : article.headlines) {
            out += "  " + std::string(broadsheet::to_string(headline.role)) + ": " + headline.text +
                   "\n";
        }
        for (const auto& author : article.authors) {
            out += "  author: " + author.name + " (" + author.role_text + ", " +
                   broadsheet::to_string(author.role) + ")\n";
        }
        if (article.has_dateline) {
            out += "  dateline: " + article.dateline.source + " " + article.dateline.place + " " +
                   article.dateline.date + "\n";
        }
        std::size_t crosshead = 0;
        for (std::size_t p = 0; p < article.paragraphs.size(); ++p) {
            while (crosshead < article.crossheads.size() &&
                   article.crossheads[crosshead].paragraph_index == p) {
                out += "  ## " + article.crossheads[crosshead++].text + "\n";
            }
            out += "  ¶ " + first_chars(article.paragraphs[p].text, 24) + "\n";
        }
        for (const auto& caption : article.captions) {
            out += "  caption: " + first_chars(caption.text, 24) + "\n";
        }
    }
    for (const auto& item : page.unplaced) {
        out += "\n[unplaced: " + item.reason + "] " + first_chars(item.text, 24) + "\n";
    }
    return out;
}

std::string to_explanation_text(std::string_view input, const broadsheet::Page& page) {
    std::string out;
    for (const auto& line : page.explanation) {
        char head[96];
        std::snprintf(head, sizeof head, "%8zu %-10s %4s  ", line.span.begin,
                      broadsheet::to_string(line.line_class),
                      line.article < 0 ? "-" : std::to_string(line.article + 1).c_str());
        out += head;
        out += std::string(line.span.of(input).substr(0, 90));
        out += "\n                             ";
        out += line.features + " | " + line.rule + "\n";
    }
    return out;
}

namespace {

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace

std::string to_html(std::string_view input, const broadsheet::Page& page,
                    const std::string& title) {
    static const char* const palette[] = {"#fde2e4", "#e2ece9", "#dfe7fd", "#fff1c1",
                                          "#e8dff5", "#d7f0f7", "#fce1c8", "#e4f7d2"};
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" +
        escape_html(title) +
        "</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        ".line{white-space:pre-wrap;padding:1px 4px;margin:0;border-left:4px solid "
        "transparent}.line:hover{outline:1px solid #888}.cls{font:11px monospace;color:#555;"
        "float:right}.headline{font-weight:bold}.furniture,.unplaced{color:#888}"
        ".crosshead{font-style:italic;font-weight:bold}</style></head><body>\n<h1>" +
        escape_html(title) + "</h1>\n";
    // Input bytes between explained lines (line feeds) are not shown; every line is.
    for (const auto& line : page.explanation) {
        const char* cls = broadsheet::to_string(line.line_class);
        std::string style;
        if (line.article >= 0) {
            const char* colour = palette[static_cast<std::size_t>(line.article) % 8];
            style = " style=\"background:" + std::string(colour) + "\"";
        }
        const std::string tip =
            std::string(cls) +
            (line.article >= 0 ? " · article " + std::to_string(line.article + 1) : std::string()) +
            "\n" + line.features + "\n" + line.rule;
        out += "<p class=\"line " + std::string(cls) + "\"" + style + " title=\"" +
               escape_html(tip) + "\"><span class=\"cls\">" + cls + "</span>" +
               escape_html(line.span.of(input)) + "</p>\n";
    }
    out += "</body></html>\n";
    return out;
}

}  // namespace broadsheet_cli

namespace broadsheet_cli {

namespace {

Json entity_to_json(const broadsheet::Entity& entity) {
    Json out;
    out["type"] = broadsheet::to_string(entity.type);
    out["text"] = entity.text;
    if (!entity.normalized.empty()) out["normalized"] = entity.normalized;
    out["spans"] = spans_to_json(entity.spans);
    out["confidence"] = entity.confidence;
    if (!entity.role.empty()) out["role"] = entity.role;
    if (!entity.subtype.empty()) out["subtype"] = entity.subtype;
    if (!entity.hierarchy.empty()) out["hierarchy"] = entity.hierarchy;
    if (!entity.speaker.empty()) out["speaker"] = entity.speaker;
    if (entity.type == broadsheet::EntityType::date ||
        entity.type == broadsheet::EntityType::time) {
        const auto& date = entity.date;
        Json value = {{"relative", date.relative},
                      {"resolved", date.resolved},
                      {"approximate", date.approximate},
                      {"precision", broadsheet::to_string(date.precision)}};
        if (!date.first.empty()) value["first"] = date.first;
        if (!date.last.empty()) value["last"] = date.last;
        if (date.hour >= 0) {
            value["hour"] = date.hour;
            value["minute"] = date.minute;
        }
        out["date"] = std::move(value);
    }
    return out;
}

}  // namespace

Json to_json(const broadsheet::PageInfo& info) {
    return {{"paper_name", info.paper_name},
            {"issue_date", info.issue_date},
            {"weekday", info.weekday},
            {"page_number", info.page_number},
            {"section", info.section}};
}

Json to_json(const broadsheet::ArticleMetadata& metadata) {
    Json out;
    const auto& headline = metadata.headline;
    out["headline"] = {
        {"title", headline.title},       {"kicker", headline.kicker},
        {"subtitle", headline.subtitle}, {"column_name", headline.column_name},
        {"combined", headline.combined}, {"title_span", to_json(headline.title_span)}};
    out["authors"] = list_to_json(metadata.authors);
    out["editors"] = list_to_json(metadata.editors);
    const auto& dateline = metadata.dateline;
    out["dateline"] = dateline.present ? Json{{"source", dateline.source},
                                              {"place", dateline.place},
                                              {"date_text", dateline.date_text},
                                              {"date", dateline.date},
                                              {"span", to_json(dateline.span)}}
                                       : Json(nullptr);
    out["reference_date"] = metadata.reference_date;
    Json entities = Json::array();
    for (const auto& entity : metadata.entities) entities.push_back(entity_to_json(entity));
    out["entities"] = std::move(entities);
    Json keywords = Json::array();
    for (const auto& keyword : metadata.keywords) {
        keywords.push_back({{"text", keyword.text}, {"weight", keyword.weight}});
    }
    out["keywords"] = std::move(keywords);
    out["summary"] = metadata.summary;
    out["counts"] = {{"characters", metadata.counts.characters},
                     {"han_characters", metadata.counts.han_characters},
                     {"paragraphs", metadata.counts.paragraphs},
                     {"reading_minutes", metadata.counts.reading_minutes}};
    out["diagnostics"] = list_to_json(metadata.diagnostics);
    return out;
}

}  // namespace broadsheet_cli
