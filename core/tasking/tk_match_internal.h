/* tk_match_internal.h - what the pattern files share (private to
 * core/tasking/tk_match*.c).
 *
 * tk_match.c holds what every pattern uses (modal verbs, request verbs, the
 * parties a phrase resolves to) and the entry point tk_match();
 * tk_match_wash.c reads Washington's requests to posts (with
 * tk_match_aside.c: asides and parentheses between a party and its modal,
 * tk_match_around.c: headings and opening phrases around them),
 * tk_match_post.c a post's requests to Washington, tk_match_post_others.c
 * its requests of the other posts it sends to.
 */
#ifndef CABLETRACK_TK_MATCH_INTERNAL_H
#define CABLETRACK_TK_MATCH_INTERNAL_H

#include "tasking/tk_internal.h"

/* Is word i one of a set, given as a table by word id (W_NONE false)?
 * What tk_in() answers, with one load instead of a walk of the list: for
 * the sets asked at every word. */
static inline bool tk_in_set(const struct tk_sentence *S, size_t i, const bool *set)
{
	return i < S->n && set[S->w[i].id];
}

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

/* The asked verb at word v reaches someone in a point of contact line:
 * "Posts should contact John Doe with any questions". */
bool tk_poc_ask(const struct tk_sentence *S, size_t v);

/* Fills hit->parties from a phrase's result: the named parties, else the
 * paragraph's scope, else the cable's default. */
void tk_resolve(struct tk_ctx *x, struct tk_para *P,
		const struct tk_parties *named, struct tk_hit *hit);

/* "Embassies should note that bullet #1 is for Beijing only", "Posts
 * should be aware that": information, not an action; "Posts should see
 * paragraph 3": a pointer. */
bool tk_note_only(const struct tk_sentence *S, size_t v);


/* After a party (at word k): "should", "is requested to", "are asked to",
 * "may wish to" ... Returns the word index of the asked verb, or 0. */
size_t tk_modal(const struct tk_sentence *S, size_t k);
/* A verb's bare form at word k, as a "that" clause's subjunctive or a
 * clipped request has it ("that Washington offer", "RECOMMEND DEA
 * DETAIL"): no -s or -ed ending, not a modal or a word that goes before a
 * noun, a small letter first; in a text all in capitals only when caps_ok
 * (there a verb cannot be told from a noun by its letters). */
bool tk_bare_verb(const struct tk_sentence *S, size_t k, bool caps_ok);

/* "requests", "asks", "would appreciate" ... after a requester at word k.
 * Returns the index after the verb (and "that"), or 0. */
size_t tk_request_verb(const struct tk_sentence *S, size_t k, bool post,
		       bool *object_only);

/* Does the word after "please" read as the verb of a request (not "please
 * his audience", "please Moscow")? */
bool tk_please_verb(const struct tk_sentence *S, size_t v);

/* "by March 12" at word k: a due date, not an agent. */
bool tk_by_date(struct tk_ctx *x, const struct tk_sentence *S, size_t k);

/* Washington's parties in a post's cable (tk_wash_parties.c). */
/* The post on the addressee lines named beside the "and" at word i of a
 * post's request ("Washington and Embassy Brasilia"), added to out. */
void tk_posts_beside(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                     struct tk_parties *out);
/* A Washington party at word i of a post's cable ("the Department"): the index after it, or i. */
size_t tk_wash_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t i, struct tk_parties *named);
/* The parties a post's request names in its sentence (then true), else the
 * paragraph's scope, else the default set. */
bool tk_wash_parties(struct tk_ctx *x, struct tk_para *P,
                     const struct tk_sentence *S, struct tk_parties *out);

/* tk_match_if.c: "If Embassy Paris could check with the police, we would
 * be most grateful", the condition opening at word cs; fills hit. */
bool tk_match_if(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                 size_t cs, struct tk_hit *hit);

/* tk_match_post_others.c: in a post's cable, a heading of posts before
 * the clause (which starts at word cs): "ALL ACTION ADDRESSEES: please
 * send", "FOR BUDAPEST AND WARSAW: ...".  The posts it names become P's
 * scope. */
void tk_post_heading(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                     size_t cs);

/* A post's cable sent to other posts too: a firm request of them at word
 * i ("Posts are requested to", "Embassy Rome should"); fills hit. */
bool tk_match_posts_asked(struct tk_ctx *x, struct tk_para *P,
                          const struct tk_sentence *S, size_t i, size_t cs,
                          struct tk_hit *hit);

/* Words of need: "it is important that ...", by word id (tk_in_set()). */
extern const bool tk_need_words[W_COUNT];

/* A heading that names posts before a colon ("FOR EMBASSIES MUSCAT, ABU
 * DHABI AND RIYADH:", "Embassy Rome only:"): the word after the colon,
 * where the clause starts, or 0; the posts into out (when not NULL). */
size_t tk_heading_end(struct tk_ctx *x, const struct tk_sentence *S,
                      struct tk_parties *out);

/* "Embassies in OIC member states (Abuja, Bamako and Dakar)": the posts in
 * the parentheses a few words after word e, into named; the word after
 * them, or e. */
size_t tk_paren_group(struct tk_ctx *x, const struct tk_sentence *S, size_t e,
                      struct tk_parties *named);

/* A heading that narrows the paragraph to the posts it names ("For
 * Embassy Kyiv,", "Rome only:"): sets P's scope; true when nothing is
 * asked at word i (tk_match_around.c). */
bool tk_scope_heading(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t i, size_t cs);

/* ---- a post's advice to its reader (tk_match_advice.c) -------------- */

/* After "suggests (that)" at word v: does the clause say what is so
 * ("Zapatero's thinking is"), not what to do? */
bool tk_opinion(const struct tk_sentence *S, size_t v);

/* After "recommends that" at word v: a judgement ("that Rubalcaba would be
 * a logical person"), not a request? */
bool tk_judged(const struct tk_sentence *S, size_t v);

/* Where a post's request's parties came from, for --explain. */
const char *tk_post_from(const struct tk_para *P, bool named);
/* The parties the words name are the ones asked (and the paragraph's
 * scope). */
static inline void tk_named(struct tk_hit *hit, const struct tk_parties *named)
{
	hit->parties = *named;
	hit->sets_scope = true;
	hit->from = "named in the sentence";
}
/* A post's request of Washington that a bullet does not make on its own,
 * at word i ("guidance is requested", "Please advise", "Request Embassy
 * Berlin approach"); fills hit (tk_match_post_weak.c). */
bool tk_post_weak(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                  size_t i, size_t cs, struct tk_hit *hit);
/* A paragraph's scope and parties from around its words (tk_para_scope.c):
 * its release marking, a boxed heading above it, items headed by posts,
 * a post's items that open with agencies. */
void tk_rel_scope(struct tk_ctx *x, struct tk_para *P, const struct paragraph *p);
void tk_heading_scope(struct tk_ctx *x, struct tk_para *P, const char *h);
void tk_item_posts(struct tk_ctx *x, struct tk_para *P, const struct paragraph *p);
void tk_item_agencies(struct tk_ctx *x, struct tk_para *P, const struct paragraph *p);
/* "Embassies Bern and Lima, whose host governments already support the
 * text, need not demarche", "Embassy Kyiv is asked to take no action",
 * "Embassy Tokyo is exempted from this reporting requirement", from word
 * cs: those posts into out, spared the paragraph's request (true); false
 * when the sentence spares none, or spares the posts in out and asks
 * another ("..., although Embassy Berlin is asked to"): it is read on. */
bool tk_spared(struct tk_ctx *x, const struct tk_sentence *S, size_t cs,
               struct tk_parties *out);

/* "you" in a post's cable, at word at: the parties into hit. */
void tk_reader(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
               size_t at, struct tk_hit *hit);

/* "You should stress", "In your meetings, you should acknowledge" at word
 * i (cs: the clause's start). */
bool tk_post_you(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                 size_t i, size_t cs, struct tk_hit *hit);

/* "Could the Department advise whether ...?", "How should we respond?"
 * at word i (cs: the clause's start). */
bool tk_post_question(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t i, size_t cs, struct tk_hit *hit);
/* In Washington's cable, a question in a paragraph whose heading names
 * posts ("FOR BEIJING AND GUANGZHOU: Which ministries drive the
 * policy?"): it asks them (scope: the paragraph's); elsewhere one whose
 * subject is posts ("Could posts also indicate whether ...?"); the clause
 * at word cs; fills hit (tk_match_advice.c). */
bool tk_wash_question(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t cs, struct tk_hit *hit);

/* "It is important that you raise" (t: the word after "that"). */
bool tk_post_need_you(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t i, size_t t, struct tk_hit *hit);

/* "would be" or "would also be" just before word i ("helpful"): one more
 * than the index where the phrase starts ("It" when it comes first), or 0
 * when it is not there. */
size_t tk_would_be_before(const struct tk_sentence *S, size_t i);

/* "It would be helpful if Embassy Berlin could confirm" at word i
 * ("helpful"; tk_match_around.c). */
bool tk_wash_helpful(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                     size_t i, struct tk_hit *hit);

/* "Washington would like the meeting to produce" (v: the word after the
 * verb): a wish, asked of no one (tk_match_around.c). */
bool tk_wished_outcome(const struct tk_sentence *S, size_t v);

/* "would like to receive posts' assessments", "look forward to receiving
 * posts' reports", "needs the following information from posts" (r: the
 * word after the requester): where the posts' part starts, or 0
 * (tk_match_around.c). */
size_t tk_wants_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t r);

/* Does S name a Washington party, or a request noun, after word k? */
bool tk_names_ask(struct tk_ctx *x, const struct tk_sentence *S, size_t k);

/* Sets where hit's quote, asked action and request words start (and
 * clears a passive's agent). */
void tk_hit_at(struct tk_hit *hit, size_t quote_from, size_t verb,
	       size_t verb_end);

/* The parties named become the paragraph's: "For Embassy Kyiv, ...". */
void tk_set_scope(struct tk_para *P, const struct tk_parties *named);

/* Does word i open an imperative ("Approach", "Begin dialogue"; not
 * "Thank you for your help")?  (tk_match_gate.c) */
bool tk_imperative(const struct tk_sentence *S, size_t i);

/* Can some pattern of tk_match_wash() match at a word of S (cs: where its
 * clause starts)?  False when S holds none of the words every one of them
 * needs: then only a heading at its start can narrow the paragraph's
 * scope (tk_match_gate.c). */
bool tk_wash_may_ask(const struct tk_sentence *S, size_t cs);

/* The verb after posts whose words end before word k, the first at word
 * i: tk_modal()'s ("Post should"), or, the posts opening the clause,
 * telegraphese's ("EMBASSIES JAKARTA AND CAIRO TO CONVEY", "ACTION
 * ADDRESSEES KINDLY REPORT").  Its index, or 0 (tk_match_gate.c, beside
 * the gate that lets such sentences through). */
size_t tk_party_verb(const struct tk_sentence *S, size_t i, size_t k);

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
 * requests that ..."): how many, or 0.  tk_own_name() turns away, without
 * a call, the words whose length is neither the place's first word's nor
 * the short name's (most words: it is asked at every word);
 * tk_own_name_read() reads the others. */
size_t tk_own_name_read(const struct tk_ctx *x, const struct tk_sentence *S,
			size_t i);

static inline size_t tk_own_name(const struct tk_ctx *x, const struct tk_sentence *S,
				 size_t i)
{
	if (!x->own || i >= S->n)
		return 0;
	size_t n1 = S->w[i].e - S->w[i].s;
	if (n1 != x->own_short_len && n1 != x->own_len1)
		return 0;
	return tk_own_name_read(x, S, i);
}

/* ---- between a request's party and its modal (tk_match_aside.c) ---- */

/* "Embassy Rome, in coordination with USEU, should deliver": a phrase
 * set off by commas, parentheses or dashes between the party, which ends
 * at word e, and its modal.  Returns the word after the aside's closing
 * mark, or e. */
size_t tk_aside(const struct tk_sentence *S, size_t e);
/* The same before "would", "could" or "might": "grateful if the
 * Ambassador in Pretoria, who meets the Minister monthly, would raise". */
size_t tk_aside_would(const struct tk_sentence *S, size_t e);
/* ... and before "please": "Embassy Warsaw, given Poland's presidency,
 * please begin". */
size_t tk_aside_please(const struct tk_sentence *S, size_t e);
/* ... and before a verb in small letters: "that the Department, in
 * consultation with DOE, clear". */
size_t tk_aside_verb(const struct tk_sentence *S, size_t e);

/* "Posts in EU member states should", "Embassies in the region are
 * asked to": a place after posts named by their kind, which ends at word e
 * (the words do not say which addressees are there: all of them are
 * asked).  Returns the word after the place, or e. */
size_t tk_posts_in(const struct tk_sentence *S, size_t e, bool generic);

/* "Action addressees (Rome and Madrid) should", "Embassy Rome (and
 * Embassy Madrid, if time permits) should": the posts in parentheses after
 * the party, which ends at word e, into more.  Returns the word after the
 * closing parenthesis, or e when there are none. */
size_t tk_paren_posts(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t e, struct tk_parties *more);

/* "Embassies Madrid and Paris, as well as USUN, should", "Embassy Rome,
 * and Embassy Madrid, should": the posts an aside between commas after
 * the party (which ends at word e) adds, into more.  Returns the word
 * after them (at the second comma), or e. */
size_t tk_aside_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t e,
                      struct tk_parties *more);

/* ---- around a request (tk_match_around.c) ---- */

/* Do the words [cs, i) make a phrase that opens the clause before an
 * imperative: a comma before word i and none before, and the phrase
 * starts with a participle ("Drawing on the points below,", "Using
 * paragraph 5,") or with a preposition before one, "your", "addition",
 * "light", "view", "advance", "response" or "preparation" ("In
 * addition,", "In light of the Presidency,", "In delivering the points,",
 * "In your meetings,", "When meeting officials,")?  Not a condition ("If
 * asked, say"): that is a permission at most. */
bool tk_opening_phrase(const struct tk_sentence *S, size_t cs, size_t i);
/* Is word cs one a date may open with ("on", "by", "before", "NLT")? */
bool tk_date_word(const struct tk_sentence *S, size_t cs);
/* Does a date open the clause at cs, with no comma after it, and end
 * before word i ("On May 10 deliver", "By November 20 report")? */
bool tk_date_opening(struct tk_ctx *x, const struct tk_sentence *S, size_t cs, size_t i);
/* The longest such phrase, in words ("given your host governments'
 * current role as GRULAC coordinators on Third Committee matters,"). */
enum { TK_OPENING_MAX = 16 };

/* "is requested", "are requested", "would be appreciated", "would be
 * welcome" at word i: the index after it, or 0. */
size_t tk_passive_request(const struct tk_sentence *S, size_t i);
/* Where the thing a passive request asks for starts in words [cs, i):
 * after an opening "As time and resources permit," or "Security
 * conditions permitting," (when to do it, not what) or a clause "While
 * much of it ties into our strategy," (tk_match_around.c); else cs. */
size_t tk_asked_thing(const struct tk_sentence *S, size_t cs, size_t i);


/* "Mission Mexico's reply ... is due in CA/OCS by August 13", "Replies
 * from each post will be needed by COB March 15" at word i: of the posts
 * the words name, with a dated deadline after.  The index after "due" or
 * "needed", or 0. */
size_t tk_due_request(struct tk_ctx *x, const struct tk_sentence *S, size_t i, size_t cs);

/* The post whose thing is asked for, in words [cs, i): "Embassy Rome's
 * views are requested" asks Rome.  Fills named (empty when none, or for
 * posts by their kind: "Posts' responses"); true when there is one. */
bool tk_owner_before(struct tk_ctx *x, const struct tk_sentence *S,
                     size_t cs, size_t i, struct tk_parties *named);
/* "The results should be reported by Embassies Hanoi and Jakarta": a
 * passive at word i ("should") of the clause at cs whose agent after
 * "by" is posts asks them (not "by the minister", "by March 3"); fills
 * hit (tk_match_staff.c). */
bool tk_wash_by_posts(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t i, size_t cs, struct tk_hit *hit);
/* The posts joined by a hyphen or slash in a word of the object from word
 * v ("a joint UNVIE-USOSCE assessment"), all on the lines, into out
 * (tk_match_staff.c). */
bool tk_joint_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t v,
                    struct tk_parties *out);

/* Who a passive request at word i asks, named in words [cs, i): a post
 * that owns what is asked, or an agency, as a line names it or, on no
 * line, as the cable does ("DOD is requested to provide a briefer"; not
 * the writer itself).  Fills named (empty when none). */
bool tk_passive_owner(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t cs, size_t i, struct tk_parties *named);

/* Posts named by their places in a heading at word k: "Rome", "Madrid and
 * Athens only" before a colon, a full stop or the sentence's end ("For
 * Rome.", "Action request for Rome:").  Fills named; the index after them
 * (and "only"), or k. */
size_t tk_heading_places(struct tk_ctx *x, const struct tk_sentence *S,
                         size_t k, struct tk_parties *named);

/* A collective of posts: "EU MEMBER STATES COLLECTIVE", "ALL EUROPEAN
 * POSTS", "WESTERN HEMISPHERE DIPLOMATIC POSTS" (tk_match_kind.c). */
bool tk_collective_name(const char *name);
/* "bilateral posts", "Bilateral missions" among words [i, e): base less
 * the missions to international bodies (USUN, USEU, USNATO ...) into out;
 * false when the words do not say it or it leaves out none or all. */
bool tk_bilateral(const struct tk_sentence *S, size_t i, size_t e,
                  const struct tk_parties *base, struct tk_parties *out);
/* "Embassies should" in a cable to embassies, missions and consulates:
 * the addressees of base of that kind, into out (tk_match_kind.c); false
 * when the words [i, e) name no kind or every addressee is one. */
bool tk_by_kind(const struct tk_sentence *S, size_t i, size_t e,
                const struct tk_parties *base, struct tk_parties *out);

/* "Posts in Allied capitals should": the addressees of base in the body
 * the place at words [b, e) names, into out (tk_match_kind.c); false when
 * it names none or none is there. */
bool tk_by_group(const struct tk_sentence *S, size_t b, size_t e,
                 const struct tk_parties *base, struct tk_parties *out);
/* "AF posts", "Posts in West Africa": the addressees among base that the
 * region of data/regions.tsv words [b, e) name holds, into out; false when
 * the words name no region or it holds none of them (tk_match_kind.c). */
bool tk_by_region(const struct tk_sentence *S, size_t b, size_t e,
                  const struct tk_parties *base, struct tk_parties *out);

/* The writer of a post's cable as a requester at word i ("Post", "We",
 * "Embassy Caracas", "San Jose"): the word index after it, *sg for a
 * singular one; 0 when there is none (tk_match_post_verb.c). */
size_t tk_post_requester(const struct tk_ctx *x, const struct tk_sentence *S,
                         size_t i, bool *sg);

/* The request verb after a post's requester, at word r ("would
 * appreciate", "requests", "suggest": then *weak); sets hit->ask.  The word
 * index after the verb, or 0 (tk_match_post_verb.c). */
size_t tk_post_ask_verb(struct tk_ctx *x, const struct tk_sentence *S, size_t r,
                        bool sg, bool *weak, struct tk_hit *hit);

/* "Posts in Contact Group capitals other than Nairobi and Sanaa",
 * "Embassies in NATO capitals (except for Embassies Warsaw and Prague)":
 * base less the posts after "except" or "other than" in words [b, e), into
 * out (tk_match_kind.c); false when none is left out. */
bool tk_less_excepted(struct tk_ctx *x, const struct tk_sentence *S, size_t b,
                      size_t e, const struct tk_parties *base, struct tk_parties *out);
/* "With the exception of Embassy Rome, whose request is at para 8, all
 * posts are asked", "Except for Rome, posts should": the sentence opens by
 * excepting posts before the party at word i; base less them into out. */
bool tk_excepted_first(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                       const struct tk_parties *base, struct tk_parties *out);

/* Word k, one of the first four, is the "for" of a heading's "ACTION
 * REQUEST FOR", "SPECIAL INSTRUCTIONS FOR", "ADDITIONAL NOTE FOR",
 * "TALKING POINTS FOR" (posts follow: tk_scope_heading() reads them). */
bool tk_asks_for(const struct tk_sentence *S, size_t k);

/* "the Secretary", "Secretary Panetta" at word i of a post's cable: the
 * first of SECDEF and SECSTATE on its TO line (tk_wash_parties.c), the
 * word after the name in *end; NULL when the words are no such Secretary
 * ("Secretary General", "Foreign Secretary Miliband"). */
const char *tk_secretary_at(const struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                            size_t *end);

/* "para", "paras", "paragraph", "paragraphs", "par", "pars" at word i
 * (tk_pointers.c). */
bool tk_para_word(const struct tk_sentence *S, size_t i);

/* ---- the posts' own people (tk_match_staff.c) ---- */

/* "In Brussels, the Legal Attache should brief": the posts of the
 * places the sentence opens with, before the people at word i, into named
 * (left alone when it does not open so). */
void tk_opening_place(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                      struct tk_parties *named);
/* "Reporting officers should", "COMs should", "USDel should continue",
 * "Each post's Counterintelligence Working Group (CIWG) should meet", "The
 * consular section in Mexico City is requested to" at word i (cs: where
 * the clause starts): the word where the modal stands, or i; the posts the
 * words name into named (else it is empty). */
size_t tk_staff_phrase(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                       size_t cs, struct tk_parties *named);

/* "the Defense Attaches in Ankara, Warsaw and Bucharest" at word k: the
 * posts into named, the index after them; or k (named empty). */
size_t tk_staff_places(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                       struct tk_parties *named);

/* "reporting officers forward" at word k after "asks that": the index
 * after the people, or k. */
size_t tk_staff_subject(const struct tk_sentence *S, size_t k);
/* The end of the posts' people at word k ("reporting officers", "the
 * Ambassador or DCM"), whatever follows them, or k (tk_match_staff.c). */
size_t tk_staff_end(const struct tk_sentence *S, size_t k);

/* Whom "Request [that]" asks at word b: posts, posts by their cities
 * before a verb, or the posts' people; named filled (empty for every post
 * or their people), the index after them, or b. */
size_t tk_request_whom(struct tk_ctx *x, const struct tk_sentence *S, size_t b,
                       struct tk_parties *named);

/* "The LEGATT should be notified": the verb at v ("be") says the party is
 * told, not asked (tk_match.c). */
bool tk_acted_on(const struct tk_sentence *S, size_t v);

/* "ASEAN posts" at word i of Washington's: the posts in the body, into
 * named; the word after them, or i (tk_match_kind.c). */
size_t tk_group_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                      struct tk_parties *named);

/* tk_anaphora.c: a request that opens at word cs with "It" or "They"
 * and a modal ("It should seek a meeting"), of the post or posts the
 * sentence before (the last in prior[0..plen)) opens with in the present
 * ("Embassy Budapest is best placed to influence the chair").  Fills
 * hit. */
bool tk_match_it(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                 size_t cs, const char *prior, size_t plen, struct tk_hit *hit);
/* tk_match_usg.c: a verb of mind at word v, not an action: "gird itself
 * for", "harbor no illusions", "recognize that", "take some satisfaction
 * that" (not "recognize Spain's help", "accept the invitation"). */
bool tk_mind_verb(const struct tk_sentence *S, size_t v);
/* tk_match_usg.c: a post's own advice to the U.S. Government at word cs
 * ("The USG should reach out", "Finally, the U.S. should continue"), the
 * Department's to answer, unless the paragraph so far (prior[0..plen)) or
 * the sentence reports what someone said.  Fills hit. */
bool tk_match_usg(struct tk_ctx *x, const struct tk_sentence *S, size_t cs,
                  const char *prior, size_t plen, struct tk_hit *hit);
/* tk_anaphora.c: a Washington request that opens at word cs with "These
 * posts" or "All other action addressees", its parties narrowed to the
 * posts the sentence before (in prior[0..plen)) named, or to those not
 * named before; true when parties changed. */
bool tk_pointed_back(struct tk_ctx *x, const struct tk_sentence *S, size_t cs,
                     const char *prior, size_t plen, struct tk_parties *parties);

#endif
