/* collide_names.c - file names that collide in the low bits of FNV-1a.
 *
 *   collide_names DIR N BITS [SRC]
 *
 * Prints N names (one a line), or with SRC makes them in DIR as hard
 * links to SRC, which, as DIR "/" NAME, all have the same
 * low BITS bits of FNV-1a 64, the hash the inbox's path table used before
 * it was keyed.  The low k bits of FNV-1a depend only on the low k bits of
 * the state and of each byte, so two 4-character blocks that take the
 * state to the same low BITS bits (found by the birthday search) can be
 * swapped without changing them; 16 such pairs in a row give 65,536
 * names.  For the benchmark's colliding-names timing (tui_bench.sh). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NBLOCKS 16

static uint64_t fnv(uint64_t h, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static void block_of(unsigned v, char out[4])
{
	static const char al[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	for (int i = 0; i < 4; i++) {
		out[i] = al[v % 36];
		v /= 36;
	}
}

int main(int argc, char **argv)
{
	if (argc != 4 && argc != 5) {
		fprintf(stderr, "usage: collide_names DIR N BITS [SRC]\n");
		return 2;
	}
	long want = strtol(argv[2], NULL, 10);
	int bits = atoi(argv[3]);
	if (want < 1 || want > (1L << NBLOCKS) || bits < 1 || bits > 28)
		return 2;
	uint64_t mask = (1ULL << bits) - 1;
	char pair[NBLOCKS][2][4];
	uint64_t h = fnv(14695981039346656037ULL, argv[1], strlen(argv[1]));
	h = fnv(h, "/", 1);
	uint32_t *seen = calloc((size_t)1 << bits, sizeof *seen);   /* value + 1 */
	if (!seen)
		return 1;
	for (int b = 0; b < NBLOCKS; b++) {
		memset(seen, 0, ((size_t)1 << bits) * sizeof *seen);
		int found = 0;
		for (unsigned v = 0; v < 36u * 36 * 36 * 36 && !found; v++) {
			char blk[4];
			block_of(v, blk);
			uint64_t low = fnv(h, blk, 4) & mask;
			if (seen[low]) {
				block_of(seen[low] - 1, pair[b][0]);
				memcpy(pair[b][1], blk, 4);
				h = fnv(h, blk, 4);      /* either choice: same low bits */
				found = 1;
			} else {
				seen[low] = v + 1;
			}
		}
		if (!found) {
			fprintf(stderr, "collide_names: no pair for block %d\n", b);
			return 1;
		}
	}
	free(seen);
	for (long i = 0; i < want; i++) {
		char name[NBLOCKS * 4 + 8];
		for (int b = 0; b < NBLOCKS; b++)
			memcpy(name + 4 * b, pair[b][(i >> b) & 1], 4);
		memcpy(name + 4 * NBLOCKS, ".txt", 5);
		if (argc == 4) {
			puts(name);
			continue;
		}
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", argv[1], name);
		if (link(argv[4], path) != 0) {
			perror(path);
			return 1;
		}
	}
	return 0;
}
