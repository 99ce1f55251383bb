/* fuzz_parse.c - libFuzzer target: any bytes through cable_parse().
 *
 * The whole pipeline runs (text, header, body, dates, tasking); a cable that
 * comes back must keep the promises of cable.h (fuzz_check.h), and NULL must
 * come with an error message.  Built by make fuzz-build; run by make
 * fuzz-replay and make fuzz (tests/fuzz/run.sh).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "parse/cable.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ct_error err = {{0}};
	struct cable *c = cable_parse((const char *)data, size, "fuzz.txt", &err);
	if (!c) {
		if (err.msg[0] == '\0')
			fuzz_fail("cable_parse returned NULL without a message", "err");
		fuzz_str(err.msg, "err");
		return 0;
	}
	fuzz_check_cable(c);
	cable_free(c);
	return 0;
}
