// Uses the installed broadsheet through its public headers only, and checks that the
// headers and the library agree on version and linkage.
#include <broadsheet/broadsheet.hpp>
#include <cstdio>
#include <string>

int main() {
    const std::string page = "河西区新闻\n\n■ 通讯员 金志成\n\n近日，考察团赴甘肃省调研。\n";
    const broadsheet::NormalizedText text = broadsheet::normalize(page);
    if (text.text().find("近日,") == std::string::npos) {
        std::fprintf(stderr, "consumer: normalization did not fold the full-width comma\n");
        return 1;
    }
    if (std::string(broadsheet::version()) != BROADSHEET_VERSION_STRING) {
        std::fprintf(stderr, "consumer: header version %s, library version %s\n",
                     BROADSHEET_VERSION_STRING, broadsheet::version());
        return 1;
    }
    std::printf("broadsheet %s (%s) ok\n", broadsheet::version(),
                BROADSHEET_SHARED ? "shared" : "static");
    return 0;
}
