"""Conan 2 recipe for broadsheet.

    conan create packaging/conan --build=missing
"""
import os

from conan import ConanFile
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, rmdir


class BroadsheetConan(ConanFile):
    name = "broadsheet"
    version = "0.1.0"
    license = "MIT"
    url = "https://github.com/broadsheet-nlp/broadsheet"
    description = "Newspaper page text to structured articles: tokenizer, article segmenter, metadata extractor"
    topics = ("nlp", "chinese", "newspaper", "segmentation", "tokenizer")
    package_type = "library"
    settings = "os", "arch", "compiler", "build_type"
    options = {"shared": [True, False], "fPIC": [True, False]}
    default_options = {"shared": False, "fPIC": True}
    exports_sources = ("CMakeLists.txt", "LICENSE", "cmake/*", "include/*", "src/*", "data/*",
                       "tools/*")

    def export_sources(self):
        root = os.path.join(self.recipe_folder, "..", "..")
        for pattern in self.exports_sources:
            copy(self, pattern, root, self.export_sources_folder)

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def configure(self):
        if self.options.shared:
            self.options.rm_safe("fPIC")

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        # Private to the library: nothing of theirs appears in broadsheet's headers.
        self.requires("icu/[>=72 <80]")
        self.requires("utf8proc/[>=2.6 <3]")
        self.requires("fmt/[>=9 <12]")

    def build_requirements(self):
        self.tool_requires("cmake/[>=3.16]")

    def generate(self):
        toolchain = CMakeToolchain(self)
        toolchain.variables["BROADSHEET_BUILD_TESTS"] = False
        toolchain.variables["BROADSHEET_BUILD_TOOLS"] = False
        toolchain.variables["BROADSHEET_BUILD_EXAMPLES"] = False
        toolchain.variables["BROADSHEET_BUILD_BENCH"] = False
        toolchain.generate()
        CMakeDeps(self).generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        cmake = CMake(self)
        cmake.install()
        rmdir(self, os.path.join(self.package_folder, "lib", "cmake"))
        rmdir(self, os.path.join(self.package_folder, "lib", "pkgconfig"))
        rmdir(self, os.path.join(self.package_folder, "share"))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "broadsheet")
        self.cpp_info.set_property("cmake_target_name", "broadsheet::broadsheet")
        self.cpp_info.set_property("pkg_config_name", "broadsheet")
        self.cpp_info.libs = ["broadsheet"]
        self.cpp_info.requires = ["icu::icu-uc", "icu::icu-i18n", "utf8proc::utf8proc", "fmt::fmt"]
        if self.settings.os in ("Linux", "FreeBSD"):
            self.cpp_info.system_libs = ["m", "pthread"]
