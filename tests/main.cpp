// Test runner entry point for Catch2 v2; with v3 the Catch2::Catch2WithMain target provides it.
#if !__has_include(<catch2/catch_all.hpp>)
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
int main(int argc, char* argv[]) {
    return Catch::Session().run(argc, argv);
}
#endif
