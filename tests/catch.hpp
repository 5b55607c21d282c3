// One include for Catch2 v2 (Debian ships 2.13, single header) and v3 (vcpkg, Conan).
// Tests include this file only, never Catch2 directly.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define BROADSHEET_CATCH_VERSION 3
// v2 spells it Approx; v3 moved it into the Catch namespace.
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#define BROADSHEET_CATCH_VERSION 2
#endif
