// The gazetteer: China's divisions from the embedded table built by scripts/build-gazetteer,
// countries and regions from ICU's Chinese display names, and a short list of world cities.
#include "metadata/gazetteer.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>

#include "metadata/chars.hpp"

namespace broadsheet {
namespace detail {
extern const unsigned char gazetteer_divisions[];
extern const std::size_t gazetteer_divisions_size;
}  // namespace detail
}  // namespace broadsheet

namespace broadsheet {
namespace detail {

namespace {

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

/// A division code as a number that keeps its length (0 and 00 differ); 0 for an empty code
/// or one that is not all digits (such codes are never parents).
std::uint64_t code_key(std::string_view code) {
    if (code.empty() || code.size() > 15) return 0;
    std::uint64_t value = 0;
    for (char c : code) {
        if (c < '0' || c > '9') return 0;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return (value << 4) | code.size();
}

std::string_view next_field(std::string_view& line) {
    const std::size_t tab = line.find('\t');
    std::string_view field = line.substr(0, tab);
    line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    return field;
}

// Short forms newspapers use for countries, regions and provinces; they count as places
// only next to another such name (中美, 京津冀, 欧美, 港澳台), never alone.
struct Abbreviation {
    const char* short_form;
    const char* full_name;
};
constexpr Abbreviation abbreviations[] = {
    {"中", "中国"},   {"美", "美国"},           {"俄", "俄罗斯"},         {"英", "英国"},
    {"法", "法国"},   {"德", "德国"},           {"日", "日本"},           {"韩", "韩国"},
    {"朝", "朝鲜"},   {"印", "印度"},           {"巴", "巴基斯坦"},       {"意", "意大利"},
    {"加", "加拿大"}, {"澳", "澳大利亚"},       {"越", "越南"},           {"泰", "泰国"},
    {"以", "以色列"}, {"伊", "伊朗"},           {"西", "西班牙"},         {"葡", "葡萄牙"},
    {"荷", "荷兰"},   {"菲", "菲律宾"},         {"欧", "欧洲"},           {"亚", "亚洲"},
    {"非", "非洲"},   {"拉", "拉丁美洲"},       {"港", "香港特别行政区"}, {"澳", "澳门特别行政区"},
    {"台", "台湾省"}, {"京", "北京市"},         {"华", "中国"},           {"津", "天津市"},
    {"沪", "上海市"}, {"渝", "重庆市"},         {"冀", "河北省"},         {"晋", "山西省"},
    {"辽", "辽宁省"}, {"吉", "吉林省"},         {"黑", "黑龙江省"},       {"苏", "江苏省"},
    {"浙", "浙江省"}, {"皖", "安徽省"},         {"闽", "福建省"},         {"赣", "江西省"},
    {"鲁", "山东省"}, {"豫", "河南省"},         {"鄂", "湖北省"},         {"湘", "湖南省"},
    {"粤", "广东省"}, {"桂", "广西壮族自治区"}, {"琼", "海南省"},         {"川", "四川省"},
    {"黔", "贵州省"}, {"滇", "云南省"},         {"陕", "陕西省"},         {"甘", "甘肃省"},
    {"陇", "甘肃省"}, {"青", "青海省"},         {"藏", "西藏自治区"},     {"蒙", "内蒙古自治区"},
};

// Regions that are not countries, and the usual names ICU spells differently.
constexpr const char* regions[] = {
    "亚洲", "欧洲",     "非洲",   "北美洲", "南美洲", "大洋洲", "拉丁美洲", "美洲",
    "中东", "东南亚",   "中亚",   "南亚",   "西亚",   "东亚",   "北美",     "南美",
    "东欧", "西欧",     "北欧",   "南极洲", "北极",   "拉美",   "亚太",     "朝鲜半岛",
    "海湾", "克什米尔", "阿拉伯", "巴尔干", "中华",   "地球",   "月球",     "银河"};
struct Alias {
    const char* alias;
    const char* iso;
};
constexpr Alias country_aliases[] = {
    {"中华人民共和国", "CN"},
    {"美利坚合众国", "US"},
    {"俄罗斯联邦", "RU"},
    {"大不列颠", "GB"},
    {"朝鲜", "KP"},
    {"韩国", "KR"},
    {"南韩", "KR"},
    {"北韩", "KP"},
    {"缅甸", "MM"},
    {"印尼", "ID"},
    {"新西兰", "NZ"},
    {"沙特", "SA"},
    {"阿联酋", "AE"},
    {"南非", "ZA"},
    {"刚果(金)", "CD"},
    {"波黑", "BA"},
    {"苏联", ""},
    {"前苏联", ""},
    {"南斯拉夫", ""},
    {"捷克斯洛伐克", ""},
    {"东德", ""},
    {"西德", ""},
};

constexpr const char* world_cities[] = {
    "纽约",         "华盛顿",     "伦敦",           "巴黎",     "东京",       "莫斯科",
    "柏林",         "首尔",       "汉城",           "悉尼",     "洛杉矶",     "旧金山",
    "芝加哥",       "多伦多",     "温哥华",         "罗马",     "马德里",     "日内瓦",
    "维也纳",       "布鲁塞尔",   "阿姆斯特丹",     "迪拜",     "曼谷",       "河内",
    "胡志明市",     "雅加达",     "吉隆坡",         "马尼拉",   "新德里",     "孟买",
    "伊斯兰堡",     "卡拉奇",     "德黑兰",         "开罗",     "约翰内斯堡", "内罗毕",
    "里约热内卢",   "圣保罗",     "布宜诺斯艾利斯", "墨西哥城", "大阪",       "釜山",
    "平壤",         "乌兰巴托",   "阿斯塔纳",       "阿拉木图", "塔什干",     "比什凯克",
    "杜尚别",       "伊斯坦布尔", "安卡拉",         "利雅得",   "特拉维夫",   "耶路撒冷",
    "雅典",         "里斯本",     "华沙",           "布拉格",   "布达佩斯",   "斯德哥尔摩",
    "赫尔辛基",     "奥斯陆",     "哥本哈根",       "都柏林",   "堪培拉",     "惠灵顿",
    "渥太华",       "波士顿",     "西雅图",         "休斯敦",   "费城",       "慕尼黑",
    "法兰克福",     "汉堡",       "米兰",           "威尼斯",   "巴塞罗那",   "圣彼得堡",
    "海参崴",       "金边",       "万象",           "仰光",     "达卡",       "科伦坡",
    "加德满都",     "巴格达",     "大马士革",       "贝鲁特",   "喀布尔",     "卡萨布兰卡",
    "亚的斯亚贝巴", "拉各斯",     "哈瓦那",         "利马",     "圣地亚哥",   "波哥大",
    "加拉加斯",     "蒙特利尔",   "檀香山",         "夏威夷",   "硅谷",       "纽约州",
    "加利福尼亚",   "加州",       "得克萨斯",       "佛罗里达", "西伯利亚",   "北海道",
    "冲绳",
};

}  // namespace

const Gazetteer& Gazetteer::instance() {
    static const Gazetteer gazetteer;
    return gazetteer;
}

void Gazetteer::add_name(std::string_view name, PlaceName entry) {
    if (name.empty()) return;
    pending_.push_back(PendingName{StringIndex::hash(name), name, entry});
    if (entry.context_only) return;
    const std::size_t length = code_points(name);
    max_name_length_ = std::max(max_name_length_, length);
    if (length >= 2) {
        std::size_t l1 = 0, l2 = 0;
        const char32_t a = decode_utf8_fast(name, 0, l1);
        const char32_t b = decode_utf8_fast(name, l1, l2);
        prefix_filter_[pair_hash(a, b)] |= 1u << std::min<std::size_t>(length, 31);
    }
}

Gazetteer::Gazetteer() {
    const std::string_view data(reinterpret_cast<const char*>(gazetteer_divisions),
                                gazetteer_divisions_size);
    places_.reserve(46000);
    pending_.reserve(100000);
    // Division codes are digit strings: looked up as numbers (a sorted array), much faster
    // to build than a hash map of 40,000 strings.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> by_code;  // code key, place
    by_code.reserve(46000);
    std::vector<std::pair<std::uint32_t, std::string_view>> parents;
    std::vector<std::string_view> shorts;
    std::size_t pos = 0;
    while (pos < data.size()) {
        std::size_t eol = data.find('\n', pos);
        if (eol == std::string_view::npos) eol = data.size();
        std::string_view line = data.substr(pos, eol - pos);
        pos = eol + 1;
        if (line.empty() || line[0] == '#') continue;
        Place place;
        place.code = next_field(line);
        place.name = next_field(line);
        const std::string_view parent = next_field(line);
        const std::string_view level = next_field(line);
        place.level = level.empty() ? 0 : static_cast<std::uint8_t>(level[0] - '0');
        const auto index = static_cast<std::uint32_t>(places_.size());
        places_.push_back(place);
        if (const std::uint64_t key = code_key(place.code)) by_code.emplace_back(key, index);
        if (!parent.empty()) parents.emplace_back(index, parent);
        add_name(place.name, PlaceName{index, false, false});
        std::string_view forms = line;
        while (!forms.empty()) {
            const std::size_t comma = forms.find(',');
            add_name(forms.substr(0, comma), PlaceName{index, true, false});
            forms = comma == std::string_view::npos ? std::string_view() : forms.substr(comma + 1);
        }
    }
    // Sorted by (code, place): the first place of a code comes first and wins, as a map's
    // emplace would.
    std::sort(by_code.begin(), by_code.end());
    for (const auto& [index, parent] : parents) {
        const std::uint64_t key = code_key(parent);
        const auto it = std::lower_bound(by_code.begin(), by_code.end(), key,
                                         [](const std::pair<std::uint64_t, std::uint32_t>& e,
                                            std::uint64_t k) { return e.first < k; });
        if (key != 0 && it != by_code.end() && it->first == key)
            places_[index].parent = static_cast<std::int32_t>(it->second);
    }

    // Countries and regions in Chinese, from ICU's locale data.
    std::unordered_map<std::string, std::uint32_t> country_by_name;
    const icu::Locale chinese("zh");
    for (const char* const* iso = icu::Locale::getISOCountries(); *iso; ++iso) {
        icu::UnicodeString display;
        icu::Locale("", *iso).getDisplayCountry(chinese, display);
        std::string name;
        display.toUTF8String(name);
        if (name.empty() || name == *iso) continue;
        if (std::string_view(*iso) == "HK" || std::string_view(*iso) == "MO" ||
            std::string_view(*iso) == "TW")
            continue;  // divisions of China, already in the table
        owned_.push_back(name);
        Place place;
        place.name = owned_.back();
        place.code = *iso;
        place.level = 0;
        const auto index = static_cast<std::uint32_t>(places_.size());
        places_.push_back(place);
        country_by_name.emplace(name, index);
        add_name(place.name, PlaceName{index, false, false});
    }
    auto add_place = [&](std::string_view name, std::string_view code, std::uint8_t level) {
        Place place;
        place.name = name;
        place.code = code;
        place.level = level;
        const auto index = static_cast<std::uint32_t>(places_.size());
        places_.push_back(place);
        add_name(name, PlaceName{index, false, false});
        return index;
    };
    for (const char* region : regions) country_by_name.emplace(region, add_place(region, "", 0));
    for (const Alias& alias : country_aliases) {
        std::uint32_t index = 0;
        bool found = false;
        for (const auto& [name, i] : country_by_name)
            if (*alias.iso && places_[i].code == alias.iso) {
                index = i;
                found = true;
                break;
            }
        if (found)
            add_name(alias.alias, PlaceName{index, false, false});
        else
            add_place(alias.alias, "", 0);
    }
    for (const char* city : world_cities) add_place(city, "", 5);
    {
        std::unordered_map<std::string_view, std::uint32_t> wanted;
        for (const Abbreviation& a : abbreviations) wanted.emplace(a.full_name, 0u);
        for (const PendingName& p : pending_) {
            const auto it = wanted.find(p.name);
            if (it != wanted.end() && !p.entry.short_form) it->second = p.entry.place + 1;
        }
        for (const Abbreviation& a : abbreviations) {
            const std::uint32_t found = wanted[a.full_name];
            if (found > 0) add_name(a.short_form, PlaceName{found - 1, true, true});
        }
    }

    // Group: one array of entries sorted by name, one list per name, a hashed index.
    // Entries of one name end up adjacent, by place; the order of the names is immaterial.
    std::sort(pending_.begin(), pending_.end(), [](const PendingName& x, const PendingName& y) {
        if (x.hash != y.hash) return x.hash < y.hash;
        if (x.name != y.name) return x.name < y.name;
        if (x.entry.place != y.entry.place) return x.entry.place < y.entry.place;
        if (x.entry.context_only != y.entry.context_only) return x.entry.context_only;
        return x.entry.short_form < y.entry.short_form;
    });
    flat_.reserve(pending_.size());
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    std::vector<std::uint64_t> hashes;
    for (std::size_t i = 0; i < pending_.size();) {
        std::size_t j = i;
        const std::size_t start = flat_.size();
        for (; j < pending_.size() && pending_[j].hash == pending_[i].hash &&
               pending_[j].name == pending_[i].name;
             ++j)
            if (j == i || pending_[j].entry.place != pending_[j - 1].entry.place ||
                pending_[j].entry.context_only != pending_[j - 1].entry.context_only)
                flat_.push_back(pending_[j].entry);
        list_names_.push_back(pending_[i].name);
        hashes.push_back(pending_[i].hash);
        ranges.emplace_back(start, flat_.size() - start);
        i = j;
    }
    lists_.reserve(ranges.size());
    for (const auto& [offset, count] : ranges)
        lists_.push_back(PlaceNameList{flat_.data() + offset, flat_.data() + offset + count});
    index_.build_hashed(hashes.size(), [&hashes](std::size_t i) { return hashes[i]; });
    std::vector<PendingName>().swap(pending_);
}

const PlaceNameList* Gazetteer::lookup(std::string_view name) const {
    const std::ptrdiff_t i = index_.find(name, [this](std::size_t k) { return list_names_[k]; });
    return i < 0 ? nullptr : &lists_[static_cast<std::size_t>(i)];
}

bool Gazetteer::is_ancestor(std::uint32_t ancestor, std::uint32_t place) const noexcept {
    std::int32_t p = places_[place].parent;
    for (int guard = 0; p >= 0 && guard < 8; ++guard) {
        if (static_cast<std::uint32_t>(p) == ancestor) return true;
        p = places_[static_cast<std::size_t>(p)].parent;
    }
    return false;
}

std::uint32_t Gazetteer::root(std::uint32_t place) const noexcept {
    for (int guard = 0; places_[place].parent >= 0 && guard < 8; ++guard)
        place = static_cast<std::uint32_t>(places_[place].parent);
    return place;
}

std::string Gazetteer::normalized_code(std::uint32_t index) const {
    const Place& place = places_[index];
    if (place.code.empty()) return {};
    if (place.level == 0) return std::string(place.code);
    std::string code(place.code);
    if (code.size() < 6) code.append(6 - code.size(), '0');
    return code;
}

std::string Gazetteer::hierarchy(std::uint32_t index) const {
    std::vector<std::string_view> chain;
    std::int32_t p = static_cast<std::int32_t>(index);
    for (int guard = 0; p >= 0 && guard < 8; ++guard) {
        chain.push_back(places_[static_cast<std::size_t>(p)].name);
        p = places_[static_cast<std::size_t>(p)].parent;
    }
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!out.empty()) out += '/';
        out += *it;
    }
    return out;
}

}  // namespace detail
}  // namespace broadsheet
