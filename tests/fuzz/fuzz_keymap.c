/* fuzz_keymap.c - libFuzzer target: any bytes as a keymap file.
 *
 * keymap_parse() gets exactly size bytes (no terminating NUL: reading past
 * len is a bug ASan reports).  A keymap that parses must have sane
 * bindings, lookups must not crash, and every key code it holds must
 * survive name -> code -> name.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse/cable.h"
#include "fuzz_check.h"
#include "keymap/keymap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A private copy of exactly size bytes, so an over-read is caught. */
	char *buf = malloc(size ? size : 1);
	if (!buf)
		return 0;
	if (size)
		memcpy(buf, data, size);

	struct keymap *k = NULL;
	struct ct_error err = {{0}};
	int rc = keymap_parse(buf, size, "fuzz.yaml", &k, &err);
	free(buf);
	if (rc != 0) {
		if (k)
			fuzz_fail("failed parse returned a keymap", "keymap_parse");
		if (err.msg[0] == '\0')
			fuzz_fail("failed parse without a message", "keymap_parse");
		return 0;
	}
	if (!k)
		fuzz_fail("parse ok without a keymap", "keymap_parse");
	fuzz_str(k->name, "keymap.name");
	for (size_t i = 0; i < k->n; i++) {
		const struct keymap_binding *b = &k->b[i];
		if (b->nseq < 1 || b->nseq > KEYMAP_MAX_SEQ)
			fuzz_fail("binding with a bad key count", "keymap.b.nseq");
		if ((int)b->action < 0 || b->action >= ACT_COUNT)
			fuzz_fail("binding with a bad action", "keymap.b.action");
		fuzz_str(b->key, "keymap.b.key");
		bool prefix = false;
		(void)keymap_lookup(k, b->seq, b->nseq, &prefix);
		for (size_t j = 0; j < b->nseq; j++) {
			char name[64];
			const char *nm = keymap_key_name(b->seq[j], name, sizeof name);
			if (!nm || !*nm)
				fuzz_fail("bound key code has no name", "keymap_key_name");
			if (keymap_key_code(nm) != b->seq[j])
				fuzz_fail("key name does not map back to its code",
				          "keymap_key_code");
		}
	}
	char keys[256];
	for (int a = 0; a < ACT_COUNT; a++) {
		const char *s = keymap_keys_for(k, (enum keymap_action)a, keys, sizeof keys);
		fuzz_str(s, "keymap_keys_for");
	}
	keymap_free(k);
	return 0;
}
