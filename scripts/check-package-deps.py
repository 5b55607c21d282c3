#!/usr/bin/env python3
"""Checks that the vcpkg port, the Conan recipe, the CMake package config and the
pkg-config file name the same library dependencies.

usage: check-package-deps.py SOURCE_DIR INSTALLED_CONFIG_CMAKE INSTALLED_PC
"""
import json
import re
import sys
from pathlib import Path

# Each dependency under the name every packaging system gives it.
CANONICAL = {
    "icu": "icu", "ICU": "icu", "icu-uc": "icu", "icu-i18n": "icu",
    "utf8proc": "utf8proc", "libutf8proc": "utf8proc",
    "fmt": "fmt",
}


def canonical(names, where):
    out = set()
    for name in names:
        if name not in CANONICAL:
            sys.exit(f"check-package-deps: {where} names '{name}', unknown to this check")
        out.add(CANONICAL[name])
    return out


def main():
    source, config, pc = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    port = json.loads((source / "packaging/vcpkg/vcpkg.json").read_text())
    vcpkg = [d if isinstance(d, str) else d["name"] for d in port["dependencies"]]
    vcpkg = [d for d in vcpkg if not d.startswith("vcpkg-")]
    recipe = (source / "packaging/conan/conanfile.py").read_text()
    requirements = recipe.split("def requirements", 1)[1].split("\n    def ", 1)[0]
    conan = re.findall(r'self\.requires\("([A-Za-z0-9_.-]+)/', requirements)
    # Threads is the platform's, not a package: no port or recipe names it.
    cmake = [d for d in re.findall(r"find_dependency\((\w+)", config.read_text()) if d != "Threads"]
    pc_line = next(l for l in pc.read_text().splitlines() if l.startswith("Requires.private:"))
    pkgconfig = pc_line.split(":", 1)[1].split()

    sets = {
        "vcpkg port": canonical(vcpkg, "vcpkg.json"),
        "Conan recipe": canonical(conan, "conanfile.py"),
        "CMake package config": canonical(cmake, "broadsheet-config.cmake"),
        "pkg-config Requires.private": canonical(pkgconfig, "broadsheet.pc"),
    }
    reference = sets["CMake package config"]
    bad = {k: sorted(v) for k, v in sets.items() if v != reference}
    if bad:
        sys.exit(f"check-package-deps: dependency lists disagree: {sets}")
    print(f"check-package-deps: all four name {sorted(reference)}")


if __name__ == "__main__":
    main()
