/* fuzz_inbox.c - libFuzzer target: any bytes as the inbox cache file.
 *
 * A private folder (made once, removed at exit) holds two small cables,
 * a.txt and b.txt.  Each input is written as the cache file and the inbox
 * of those two files is built with it.  So that the fuzzer gets past the
 * checksum and the key checks, the harness first rewrites the input:
 *   %D  becomes the folder's path;
 *   %P  becomes this build's id (embedded_build_id);
 *   %S, %M, %I  become a.txt's size, mtime (ns) and inode;
 *   a last line starting "end\t" gets the FNV-1a hash of the bytes before
 *       it (its row count is left as the input says).
 * Whatever the bytes, the build must succeed with one row per file, each
 * with its own path; a row taken from the cache must hold the key of the
 * file as it is (size, mtime, inode), and its strings must be readable.
 * Seeds: tests/fuzz/corpus/inbox/.
 */
#include <fcntl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/embedded.h"
#include "inbox/inbox.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char fuzz_cable[] =
"P 031015Z MAR 09\n"
"FM SECSTATE WASHDC\n"
"TO RUEHXX/AMEMBASSY PORT LUCIA PRIORITY 0101\n"
"\n"
"UNCLAS STATE 022222\n"
"\n"
"SUBJECT: HARBOUR FESTIVAL DELEGATION\n"
"\n"
"1. (U) Embassy Port Lucia is requested to confirm the schedule NLT March 20.\n";

static char fuzz_dir[64];
static char fuzz_a[96], fuzz_b[96], fuzz_cache[96];
static struct stat fuzz_st;

static void fuzz_cleanup(void)
{
	unlink(fuzz_a);
	unlink(fuzz_b);
	unlink(fuzz_cache);
	rmdir(fuzz_dir);
}

static void fuzz_write(const char *path, const void *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, p, n) != (ssize_t)n) {
		perror("fuzz_inbox: write");
		abort();
	}
	close(fd);
}

static void fuzz_setup(void)
{
	if (fuzz_dir[0])
		return;
	const char *tmp = getenv("TMPDIR");
	snprintf(fuzz_dir, sizeof fuzz_dir, "%s/ct-fuzz-inbox-XXXXXX",
	         tmp && *tmp && strlen(tmp) < 32 ? tmp : "/tmp");
	if (!mkdtemp(fuzz_dir)) {
		perror("fuzz_inbox: mkdtemp");
		abort();
	}
	snprintf(fuzz_a, sizeof fuzz_a, "%s/a.txt", fuzz_dir);
	snprintf(fuzz_b, sizeof fuzz_b, "%s/b.txt", fuzz_dir);
	snprintf(fuzz_cache, sizeof fuzz_cache, "%s/cache.tsv", fuzz_dir);
	fuzz_write(fuzz_a, fuzz_cable, sizeof fuzz_cable - 1);
	fuzz_write(fuzz_b, "not a cable\n", 12);
	if (stat(fuzz_a, &fuzz_st) != 0)
		abort();
	atexit(fuzz_cleanup);
}

/* The input with its tokens expanded and its end line re-hashed. */
static void fuzz_expand(const uint8_t *data, size_t size, struct buf *out)
{
	for (size_t i = 0; i < size; i++) {
		if (data[i] == '%' && i + 1 < size) {
			long long v = -1;
			switch (data[i + 1]) {
			case 'D': buf_puts(out, fuzz_dir); i++; continue;
			case 'P': buf_puts(out, embedded_build_id); i++; continue;
			case 'S': v = (long long)fuzz_st.st_size; break;
			case 'M': v = (long long)fuzz_st.st_mtim.tv_sec * 1000000000LL +
			              fuzz_st.st_mtim.tv_nsec; break;
			case 'I': v = (long long)fuzz_st.st_ino; break;
			default: break;
			}
			if (v >= 0) {
				buf_printf(out, "%lld", v);
				i++;
				continue;
			}
		}
		buf_putc(out, (char)data[i]);
	}
	/* the last line */
	size_t e = out->len;
	if (e && out->data[e - 1] == '\n')
		e--;
	while (e > 0 && out->data[e - 1] != '\n')
		e--;
	if (out->len - e < 5 || memcmp(out->data + e, "end\t", 4) != 0)
		return;
	char count[24] = "";
	size_t k = 0;
	for (size_t i = e + 4; i < out->len && k + 1 < sizeof count &&
	     out->data[i] >= '0' && out->data[i] <= '9'; i++)
		count[k++] = out->data[i];
	count[k] = 0;
	uint64_t h = 14695981039346656037ULL;
	for (size_t i = 0; i < e; i++) {
		h ^= (unsigned char)out->data[i];
		h *= 1099511628211ULL;
	}
	buf_truncate(out, e);
	buf_printf(out, "end\t%s\t%016llx\n", count, (unsigned long long)h);
}

static void fuzz_read_str(const char *s)
{
	volatile size_t n = s ? strlen(s) : 0;
	(void)n;
}

static bool fuzz_task(void *ctx, const struct inbox_task *t)
{
	(void)ctx;
	fuzz_read_str(t->party);
	fuzz_read_str(t->deadline);
	fuzz_read_str(t->summary);
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_setup();
	struct buf b;
	buf_init(&b);
	fuzz_expand(data, size, &b);
	if (b.failed)
		abort();
	fuzz_write(fuzz_cache, b.data ? b.data : "", b.len);
	buf_free(&b);

	char *paths[2] = { fuzz_a, fuzz_b };
	struct inbox ix;
	struct ct_error err = { "" };
	if (inbox_build(&ix, paths, 2, fuzz_cache, NULL, NULL, &err) != 0)
		abort();
	if (ix.n != 2)
		abort();
	for (size_t i = 0; i < 2; i++) {
		const struct inbox_row *r = &ix.rows[i];
		if (!r->path || strcmp(r->path, paths[i]) != 0)
			abort();
		struct stat st;
		if (r->cached && (stat(paths[i], &st) != 0 || st.st_size != r->size ||
		                  (unsigned long long)st.st_ino != r->ino ||
		                  st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec !=
		                  r->mtime_ns))
			abort();
		fuzz_read_str(r->id);
		fuzz_read_str(r->date);
		fuzz_read_str(r->precedence);
		fuzz_read_str(r->subject);
		fuzz_read_str(r->error);
		inbox_row_each(r, fuzz_task, NULL);
		long nearest;
		inbox_row_open(r, "PORT LUCIA", &nearest);
	}
	inbox_free(&ix);
	return 0;
}
