/* post_table.h - the posts and collectives that --post NAME is read against.
 *
 * data/postnames.tsv lists addressees by their full names (as FM/TO/INFO
 * lines write them) with their place and kind; data/collectives.tsv says
 * which posts each collective holds.  post_lookup() reads a --post NAME
 * against them; post_collective_holds() is party_matches()'s test for a
 * party that is a collective.  Nothing is allocated.
 */
#ifndef CABLETRACK_POST_TABLE_H
#define CABLETRACK_POST_TABLE_H

#include <stdbool.h>
#include <stddef.h>

enum { POST_LISTED = 12, POST_NAME_MAX = 64 };

enum post_result {
	POST_FOUND,       /* one post or collective of the tables */
	POST_UNLISTED,    /* a full addressee name the tables lack: as written */
	POST_AMBIGUOUS,   /* several posts answer to it: names[] */
	POST_UNKNOWN,     /* none: names[] holds close names, if any */
};

struct post_lookup {
	enum post_result result;
	/* FOUND, UNLISTED: the name to give party_matches() — NAME itself, or
	 * the post's full name when only its place named it ("WASHINGTON" is
	 * SECSTATE WASHDC) */
	char use[2 * POST_NAME_MAX];
	/* AMBIGUOUS: the posts, in alphabetical order; otherwise the names
	 * closest to a misspelt NAME, closest first (none when nothing is
	 * close) */
	char names[POST_LISTED][POST_NAME_MAX];
	size_t nnames;
	size_t more;      /* AMBIGUOUS: posts beyond names[] */
};

/* Reads NAME (short "USOSCE", "Japan", or full "USMISSION USOSCE", any
 * case) against the tables.  FOUND: an exact full name of a post or
 * collective, or a short name that exactly one post answers to (by a word
 * of its name, by its place, or as the post data/posts.tsv gives for a
 * country).  UNLISTED: no post answers to it, but it is written as a full
 * addressee name (AMEMBASSY, AMCONSUL, USMISSION ... first, or WASHDC
 * last).  An empty NAME is UNKNOWN. */
void post_lookup(const char *name, struct post_lookup *out);

/* Is COLLECTIVE a collective of data/collectives.tsv, and NAME not its
 * own name (case and blanks aside)?  Then only the posts it holds are
 * NAME's: MEXICO, a word of "ALL US CONSULATES IN MEXICO COLLECTIVE", is
 * not one of them. */
bool post_collective_by_members(const char *collective, const char *name);

/* Is COLLECTIVE a collective of data/collectives.tsv that holds a post
 * NAME names?  post: the post data/posts.tsv gives for NAME (NULL: none),
 * as party_names() takes it. */
bool post_collective_holds(const char *collective, const char *name,
                           const char *post);

/* The i-th collective of data/collectives.tsv, in the file's order, into
 * buf; false past the last. */
bool post_collective_at(size_t i, char *buf, size_t size);

/* Called with each post a collective holds (its full name, as
 * data/postnames.tsv writes it; the string lives until the call returns);
 * false stops the walk. */
typedef bool (*post_member_fn)(const char *post, void *ctx);

/* The posts COLLECTIVE (any case and blanks) holds, in the order of
 * data/collectives.tsv: another collective named there (the same one,
 * spelt another way) in its place, "every post" as every embassy,
 * consulate and mission of data/postnames.tsv in that file's order,
 * "every diplomatic post" the same without the consulates.  each(post,
 * ctx) is called once for each (a post met twice, through another
 * spelling, is given once) until it returns false.  Returns how many posts
 * were given; 0 when COLLECTIVE is no collective of the table (a post, an
 * unknown name, NULL).  What holds() tests against, so that a member
 * listed here is one --post finds the collective's taskings for. */
size_t post_collective_members(const char *collective, post_member_fn each,
                               void *ctx);

#endif
