#include <broadsheet/broadsheet.hpp>
#include <cstdio>

int main() {
    const auto text = broadsheet::normalize("本报讯（记者 张三）近日，河西区举办活动。");
    std::printf("broadsheet %s: %zu bytes normalized\n", broadsheet::version(), text.text().size());
    return text.text().empty() ? 1 : 0;
}
