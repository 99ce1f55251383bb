/* sha1.h - SHA-1 (FIPS 180-4), for name-based UUIDs (RFC 4122 version 5).
 *
 * Not for security: it gives exported checklist items ids that stay the same
 * from one export to the next. */
#ifndef CABLETRACK_SHA1_H
#define CABLETRACK_SHA1_H

#include <stddef.h>
#include <stdint.h>

struct sha1 {
	uint32_t h[5];
	uint64_t nbytes;
	unsigned char block[64];
	size_t nblock;
};

void sha1_init(struct sha1 *s);
void sha1_update(struct sha1 *s, const void *data, size_t len);
void sha1_final(struct sha1 *s, unsigned char digest[20]);

/* RFC 4122 version-5 UUID of name in namespace ns (16 bytes), as a
 * lowercase "8-4-4-4-12" string into out (37 bytes with the NUL). */
void uuid_v5(const unsigned char ns[16], const char *name, size_t len,
             char out[37]);

#endif
