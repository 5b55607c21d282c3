// Evaluation of the metadata extractor:
//  1. person/place/organisation mentions on a character-level BIO file (People's Daily 1998:
//     ../shared/ner/peoples_daily_1998_bio.test), exact span match, precision/recall/F1;
//  2. a date-resolution test set (tests/data/dates/*.tsv: expression, reference, expected).
// Usage: eval_ner [--ner FILE] [--dates FILE.tsv]... [--errors N]
#include <broadsheet/metadata.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace {

struct Counts {
    std::size_t gold = 0, predicted = 0, correct = 0;
};

void print_row(const char* label, const Counts& c) {
    const double p = c.predicted ? double(c.correct) / double(c.predicted) : 0;
    const double r = c.gold ? double(c.correct) / double(c.gold) : 0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("| %-5s | %6zu | %6zu | %6zu | %.3f | %.3f | %.3f |\n", label, c.gold, c.predicted,
                c.correct, p, r, f);
}

const char* label_of(broadsheet::EntityType type) {
    switch (type) {
        case broadsheet::EntityType::person:
            return "PER";
        case broadsheet::EntityType::place:
            return "LOC";
        case broadsheet::EntityType::organization:
            return "ORG";
        default:
            return nullptr;
    }
}

// 王女士, 郑先生, 李某: one Han character (3 UTF-8 bytes) and a courtesy title.
bool is_courtesy_form(const std::string& name) {
    static const std::set<std::string> courtesy = {"先生", "女士", "小姐", "老师", "师傅",
                                                   "大爷", "大妈", "大娘", "阿姨", "同志",
                                                   "大夫", "某某", "某"};
    return name.size() > 3 && (static_cast<unsigned char>(name[0]) & 0xF0) == 0xE0 &&
           courtesy.count(name.substr(3)) > 0;
}

int eval_ner(const std::string& path, std::size_t show_errors) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "cannot open " << path << "\n";
        return 1;
    }
    const broadsheet::MetadataExtractor extractor;
    std::map<std::string, Counts> counts;
    std::size_t sentences = 0, errors_shown = 0, courtesy_mentions = 0;
    std::string line, text;
    std::vector<std::size_t> char_start;  // byte offset of each character
    std::vector<std::string> tags;
    auto flush = [&]() {
        if (text.empty()) return;
        ++sentences;
        // Gold spans as character ranges.
        std::set<std::tuple<std::string, std::size_t, std::size_t>> gold, predicted;
        for (std::size_t i = 0; i < tags.size(); ++i) {
            if (tags[i].size() < 2 || tags[i][0] != 'B') continue;
            const std::string type = tags[i].substr(2);
            std::size_t j = i + 1;
            while (j < tags.size() && tags[j] == "I-" + type) ++j;
            gold.emplace(type, i, j);
        }
        char_start.push_back(text.size());
        std::map<std::size_t, std::size_t> char_at;
        for (std::size_t i = 0; i < char_start.size(); ++i) char_at[char_start[i]] = i;
        const broadsheet::ArticleMetadata meta = extractor.extract(text);
        for (const broadsheet::Entity& e : meta.entities) {
            const char* label = label_of(e.type);
            if (!label) continue;
            // The corpus tags only the surname of a surname and courtesy title (王|女士,
            // 郑|先生); broadsheet names the person as printed. Such a mention is scored on its
            // surname (counted in `courtesy_mentions`).
            const bool courtesy =
                e.type == broadsheet::EntityType::person && is_courtesy_form(e.text);
            for (const broadsheet::Span& s : e.spans) {
                const auto b = char_at.find(s.begin), en = char_at.find(s.end);
                if (b == char_at.end() || en == char_at.end()) continue;
                if (courtesy) ++courtesy_mentions;
                predicted.emplace(label, b->second, courtesy ? b->second + 1 : en->second);
            }
        }
        for (const auto& g : gold) {
            ++counts[std::get<0>(g)].gold;
            if (predicted.count(g)) ++counts[std::get<0>(g)].correct;
        }
        for (const auto& p : predicted) ++counts[std::get<0>(p)].predicted;
        if (errors_shown < show_errors) {
            for (const auto& p : predicted)
                if (!gold.count(p) && errors_shown < show_errors) {
                    ++errors_shown;
                    std::cout << "FP " << std::get<0>(p) << " "
                              << text.substr(
                                     char_start[std::get<1>(p)],
                                     char_start[std::get<2>(p)] - char_start[std::get<1>(p)])
                              << "\t| " << text << "\n";
                }
            for (const auto& g : gold)
                if (!predicted.count(g) && errors_shown < show_errors) {
                    ++errors_shown;
                    std::cout << "FN " << std::get<0>(g) << " "
                              << text.substr(
                                     char_start[std::get<1>(g)],
                                     char_start[std::get<2>(g)] - char_start[std::get<1>(g)])
                              << "\t| " << text << "\n";
                }
        }
        text.clear();
        char_start.clear();
        tags.clear();
    };
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            flush();
            continue;
        }
        const std::size_t space = line.rfind(' ');
        if (space == std::string::npos || space == 0) continue;
        char_start.push_back(text.size());
        text += line.substr(0, space);
        tags.push_back(line.substr(space + 1));
    }
    flush();
    std::printf("NER on %s (%zu sentences, exact span match)\n\n", path.c_str(), sentences);
    std::printf("| type  |   gold |  found | correct | precision | recall | F1 |\n");
    std::printf("|-------|--------|--------|--------|-------|-------|-------|\n");
    Counts all;
    for (const char* type : {"PER", "LOC", "ORG"}) {
        print_row(type, counts[type]);
        all.gold += counts[type].gold;
        all.predicted += counts[type].predicted;
        all.correct += counts[type].correct;
    }
    print_row("all", all);
    std::printf(
        "\n%zu person mentions of the form surname + courtesy title (王女士) scored on "
        "their surname, the corpus's convention.\n",
        courtesy_mentions);
    return 0;
}

int eval_dates(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "cannot open " << path << "\n";
        return 1;
    }
    std::size_t total = 0, correct = 0, invented = 0;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string expression, reference, expected;
        std::getline(fields, expression, '\t');
        std::getline(fields, reference, '\t');
        std::getline(fields, expected, '\t');
        if (expected == "-") expected.clear();
        broadsheet::MetadataOptions options;
        if (reference != "-") options.reference_date = reference;
        options.people = options.places = options.organizations = options.quotes = false;
        auto extractor = broadsheet::MetadataExtractor::create(options);
        if (!extractor) {
            std::cerr << path << ": bad reference date " << reference << "\n";
            continue;
        }
        const broadsheet::ArticleMetadata meta = extractor->extract(expression);
        std::string got;
        std::size_t dates = 0;
        for (const broadsheet::Entity& e : meta.entities)
            if (e.type == broadsheet::EntityType::date || e.type == broadsheet::EntityType::time) {
                if (dates++ == 0) got = e.normalized;
            }
        ++total;
        // "-" expects no normalized value: rejected or left unresolved.
        const bool ok = got == expected && dates <= 1;
        if (ok)
            ++correct;
        else {
            if (expected.empty() && !got.empty()) ++invented;
            std::cout << "DATE MISS " << expression << " @" << reference << ": expected '"
                      << expected << "', got '" << got << "'" << (dates > 1 ? " (several)" : "")
                      << "\n";
        }
    }
    std::printf("Dates %s: %zu/%zu correct (%.1f%%), %zu invented where none was expected\n",
                path.c_str(), correct, total, total ? 100.0 * double(correct) / double(total) : 0.0,
                invented);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> ner_files, date_files;
    std::size_t errors = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--ner")
            ner_files.push_back(argv[i + 1]);
        else if (flag == "--dates")
            date_files.push_back(argv[i + 1]);
        else if (flag == "--errors")
            errors = std::stoul(argv[i + 1]);
        else {
            std::cerr << "usage: eval_ner [--ner FILE] [--dates FILE.tsv]... [--errors N]\n";
            return 2;
        }
    }
    if (ner_files.empty() && date_files.empty()) {
        std::cerr << "usage: eval_ner [--ner FILE] [--dates FILE.tsv]... [--errors N]\n";
        return 2;
    }
    int status = 0;
    for (const std::string& f : ner_files) status |= eval_ner(f, errors);
    for (const std::string& f : date_files) status |= eval_dates(f);
    return status;
}
