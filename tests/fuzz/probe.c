/* probe.c - an empty fuzz target: the Makefile's fuzz-build links it with
 * -fsanitize=fuzzer to learn whether clang has the libFuzzer runtime. */
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	(void)d;
	(void)n;
	return 0;
}
