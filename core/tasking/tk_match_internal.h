/* tk_match_internal.h - what the pattern files share (private to
 * core/tasking/tk_match*.c).
 *
 * tk_match.c holds what every pattern uses (modal verbs, request verbs, the
 * parties a phrase resolves to) and the entry point tk_match();
 * tk_match_wash.c reads Washington's requests to posts, tk_match_post.c a
 * post's requests to Washington.
 */
#ifndef CABLETRACK_TK_MATCH_INTERNAL_H
#define CABLETRACK_TK_MATCH_INTERNAL_H

#include "tasking/tk_internal.h"

/* "please" + these is not a request to act ("please see", "please protect"). */
extern const enum tk_wid tk_please_not[];

/* "we encourage the GOU to deploy", "we would urge the RTG to issue": the
 * post's own advice to a named party that is not on the US side; "to" must
 * come within reach words of it. */
bool tk_foreign_object(struct tk_ctx *x, const struct tk_sentence *S,
		       size_t v, size_t reach);

/* Is the sentence a point of contact line ("Please contact X at 202...",
 * "Please direct any questions to ...", "For more information, please
 * contact ...")?  "Please cite C-AL9-01454 ... in response to the above
 * questions" is no such line: questions count only beside a word of
 * reaching someone. */
bool tk_poc(const struct tk_sentence *S);

/* Fills hit->parties from a phrase's result: the named parties, else the
 * paragraph's scope, else the cable's default. */
void tk_resolve(struct tk_ctx *x, struct tk_para *P,
		const struct tk_parties *named, struct tk_hit *hit);

/* "Embassies should note that bullet #1 is for Beijing only", "Posts
 * should be aware that": information, not an action. */
bool tk_note_only(const struct tk_sentence *S, size_t v);


/* After a party (at word k): "should", "is requested to", "are asked to",
 * "may wish to" ... Returns the word index of the asked verb, or 0. */
size_t tk_modal(const struct tk_sentence *S, size_t k);

/* "requests", "asks", "would appreciate" ... after a requester at word k.
 * Returns the index after the verb (and "that"), or 0. */
size_t tk_request_verb(const struct tk_sentence *S, size_t k, bool post,
		       bool *object_only);

/* Does the word after "please" read as the verb of a request (not "please
 * his audience", "please Moscow")? */
bool tk_please_verb(const struct tk_sentence *S, size_t v);

/* "by March 12" at word k: a due date, not an agent. */
bool tk_by_date(struct tk_ctx *x, const struct tk_sentence *S, size_t k);

/* A post's cable sent to other posts too: a firm request of them at word
 * i ("Posts are requested to", "Embassy Rome should"); fills hit. */
bool tk_match_posts_asked(struct tk_ctx *x, struct tk_para *P,
                          const struct tk_sentence *S, size_t i, size_t cs,
                          struct tk_hit *hit);

/* Words of need: "it is important that ...". */
extern const enum tk_wid tk_need_words[];

/* A Department office by its symbol at word i: "EUR/CE", "ISN/MTR". */
bool tk_office(const struct tk_sentence *S, size_t i);

/* Does S name a Washington party, or a request noun, after word k? */
bool tk_names_ask(struct tk_ctx *x, const struct tk_sentence *S, size_t k);

/* Sets where hit's quote, asked action and request words start. */
void tk_hit_at(struct tk_hit *hit, size_t quote_from, size_t verb,
	       size_t verb_end);

/* The parties named become the paragraph's: "For Embassy Kyiv, ...". */
void tk_set_scope(struct tk_para *P, const struct tk_parties *named);

/* A request from Washington in S starting at word i.  Fills hit. */
bool tk_match_wash(struct tk_ctx *x, struct tk_para *P,
		   const struct tk_sentence *S, size_t i, size_t cs,
		   bool strong_only, struct tk_hit *hit);

/* A request from a post to Washington in S starting at word i. */
bool tk_match_post(struct tk_ctx *x, struct tk_para *P,
		   const struct tk_sentence *S,
		   size_t i, size_t cs, bool strong_only,
		   struct tk_hit *hit);

/* The words of the originating post's own place at word i ("San Jose
 * requests that ..."): how many, or 0. */
size_t tk_own_name(const struct tk_ctx *x, const struct tk_sentence *S,
		   size_t i);

#endif
