/* tk_vocab.h - the vocabulary the tasking patterns test (private to
 * core/tasking; included by tk_internal.h).
 *
 * Every word a pattern tests has an id (enum tk_wid); a sentence's words
 * are looked up once, when it is cut into words, in an open-addressed hash
 * table (struct tk_vocab, built by tk_vocab.c), so that a test of a word is
 * an integer compare.  tk_lookup() and its key functions run at every word
 * and are static inline here.
 */
#ifndef CABLETRACK_TK_VOCAB_H
#define CABLETRACK_TK_VOCAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/ascii.h"

/* ---- vocabulary (tk_vocab.c) ----------------------------------------- */

/* Every word the patterns test, in lower case, and the first words
 * of the phrases party_agency() reads.  Each word of a sentence is looked
 * up once, when the sentence is cut into words, so a test of a word against
 * one of these is an integer compare. */
#define TK_VOCAB(X) \
	X(W_a, "a") X(W_about, "about") X(W_according, "according") \
	X(W_action, "action") X(W_added, "added") X(W_addition, "addition") X(W_additional, "additional") \
	X(W_address, "address") X(W_addressed, "addressed") \
	X(W_addressee, "addressee") X(W_addressees, "addressees") \
	X(W_administration, "administration") X(W_advice, "advice") \
	X(W_advise, "advise") X(W_advised, "advised") X(W_africom, "africom") \
	X(W_again, "again") X(W_agencies, "agencies") X(W_all, "all") \
	X(W_also, "also") X(W_ambassador, "ambassador") X(W_ambassadors, "ambassadors") X(W_amconsul, "amconsul") \
	X(W_amembassy, "amembassy") X(W_an, "an") X(W_analysts, "analysts") \
	X(W_and, "and") X(W_answer, "answer") X(W_answers, "answers") X(W_any, "any") X(W_appreciate, "appreciate") \
	X(W_approach, "approach") X(W_approval, "approval") X(W_are, "are") \
	X(W_argued, "argued") X(W_as, "as") X(W_ask, "ask") X(W_asked, "asked") X(W_asking, "asking") \
	X(W_asks, "asks") X(W_assessment, "assessment") X(W_assessments, "assessments") X(W_assistance, "assistance") X(W_at, "at") \
	X(W_authority, "authority") X(W_authorization, "authorization") \
	X(W_authorized, "authorized") X(W_aware, "aware") \
	X(W_background, "background") X(W_be, "be") X(W_begin, "begin") \
	X(W_between, "between") X(W_both, "both") X(W_brief, "brief") X(W_by, "by") \
	X(W_call, "call") X(W_can, "can") X(W_centcom, "centcom") \
	X(W_central, "central") X(W_chancery, "chancery") X(W_cia, "cia") \
	X(W_clarification, "clarification") X(W_clearance, "clearance") \
	X(W_commented, "commented") X(W_comments, "comments") \
	X(W_concerned, "concerned") X(W_concurrence, "concurrence") \
	X(W_confirm, "confirm") X(W_confirmation, "confirmation") \
	X(W_consider, "consider") X(W_consulate, "consulate") \
	X(W_consulates, "consulates") X(W_consulates_general, "consulates-general") \
	X(W_consult, "consult") X(W_contact, "contact") X(W_convey, "convey") \
	X(W_coordinate, "coordinate") X(W_could, "could") X(W_country, "country") \
	X(W_decision, "decision") X(W_defense, "defense") X(W_deliver, "deliver") X(W_delivered, "delivered") \
	X(W_demarche, "demarche") X(W_department, "department") X(W_dept, "dept") \
	X(W_details, "details") X(W_dhs, "dhs") X(W_direct, "direct") X(W_directing, "directing") \
	X(W_directed, "directed") X(W_directs, "directs") X(W_dod, "dod") X(W_doe, "doe") \
	X(W_doj, "doj") X(W_draw, "draw") X(W_due, "due") X(W_e_mail, "e-mail") X(W_each, "each") \
	X(W_email, "email") X(W_embassies, "embassies") X(W_embassy, "embassy") \
	X(W_emphasize, "emphasize") X(W_encourage, "encourage") \
	X(W_encouraged, "encouraged") X(W_encourages, "encourages") X(W_end, "end") \
	X(W_engage, "engage") X(W_ensure, "ensure") X(W_eprt, "eprt") \
	X(W_eucom, "eucom") X(W_every, "every") X(W_everyone, "everyone") \
	X(W_expect, "expect") X(W_expected, "expected") X(W_expects, "expects") X(W_express, "express") \
	X(W_fbi, "fbi") X(W_feedback, "feedback") X(W_find, "find") X(W_for, "for") \
	X(W_forward, "forward") X(W_from, "from") X(W_funding, "funding") \
	X(W_funds, "funds") X(W_further, "further") X(W_general, "general") \
	X(W_guidance, "guidance") X(W_handed, "handed") X(W_has, "has") X(W_have, "have") X(W_help, "help") X(W_her, "her") \
	X(W_hereby, "hereby") X(W_him, "him") X(W_his, "his") X(W_hope, "hope") X(W_hopes, "hopes") X(W_how, "how") \
	X(W_i, "i") X(W_if, "if") X(W_in, "in") X(W_including, "including") \
	X(W_inform, "inform") X(W_information, "information") X(W_input, "input") \
	X(W_instruct, "instruct") X(W_instructed, "instructed") \
	X(W_instructing, "instructing") \
	X(W_instructions, "instructions") X(W_instructs, "instructs") \
	X(W_interagency, "interagency") X(W_interlocutors, "interlocutors") \
	X(W_into, "into") X(W_invite, "invite") X(W_invited, "invited") \
	X(W_irpo, "irpo") X(W_is, "is") X(W_it, "it") X(W_item, "item") \
	X(W_items, "items") X(W_its, "its") X(W_jcs, "jcs") X(W_joint, "joint") \
	X(W_kindly, "kindly") X(W_leaders, "leaders") X(W_letter, "letter") \
	X(W_like, "like") X(W_look, "look") X(W_looks, "looks") X(W_rely, "rely") X(W_relies, "relies") \
	X(W_count, "count") X(W_counts, "counts") X(W_may, "may") X(W_me, "me") X(W_message, "message") \
	X(W_might, "might") X(W_mission, "mission") X(W_missions, "missions") \
	X(W_more, "more") X(W_must, "must") X(W_national, "national") \
	X(W_need, "need") X(W_needed, "needed") X(W_needs, "needs") X(W_nevertheless, "nevertheless") \
	X(W_nonetheless, "nonetheless") X(W_non_paper, "non-paper") \
	X(W_nonpaper, "nonpaper") X(W_northcom, "northcom") X(W_not, "not") \
	X(W_note, "note") X(W_noted, "noted") X(W_notify, "notify") X(W_now, "now") \
	X(W_nsc, "nsc") X(W_obtain, "obtain") X(W_of, "of") X(W_office, "office") \
	X(W_officials, "officials") X(W_on, "on") X(W_or, "or") X(W_osd, "osd") \
	X(W_other, "other") X(W_our, "our") X(W_pacom, "pacom") X(W_par, "par") \
	X(W_para, "para") X(W_paragraph, "paragraph") X(W_paragraphs, "paragraphs") \
	X(W_paras, "paras") X(W_pars, "pars") X(W_particularly, "particularly") \
	X(W_pass, "pass") X(W_pentagon, "pentagon") X(W_phone, "phone") \
	X(W_please, "please") X(W_poc, "poc") X(W_point, "point") \
	X(W_points, "points") X(W_policymakers, "policymakers") X(W_post, "post") \
	X(W_posts, "posts") X(W_president, "president") X(W_prepared, "prepared") X(W_press, "press") \
	X(W_principals, "principals") X(W_propose, "propose") \
	X(W_proposes, "proposes") X(W_protect, "protect") X(W_provide, "provide") X(W_provided, "provided") X(W_presented, "presented") X(W_posed, "posed") X(W_raised, "raised") \
	X(W_prt, "prt") X(W_pursue, "pursue") X(W_query, "query") \
	X(W_questions, "questions") X(W_quote, "quote") X(W_raise, "raise") \
	X(W_reach, "reach") X(W_readers, "readers") X(W_recommend, "recommend") \
	X(W_recommends, "recommends") X(W_refer, "refer") X(W_referred, "referred") \
	X(W_reiterate, "reiterate") X(W_relay, "relay") X(W_relevant, "relevant") X(W_remarks, "remarks") \
	X(W_replied, "replied") X(W_reply, "reply") X(W_report, "report") \
	X(W_reminded, "reminded") X(W_request, "request") X(W_requested, "requested") \
	X(W_requesting, "requesting") \
	X(W_requests, "requests") X(W_require, "require") X(W_required, "required") X(W_responsible, "responsible") X(W_requires, "requires") \
	X(W_resources, "resources") X(W_respectfully, "respectfully") \
	X(W_respond, "respond") X(W_response, "response") X(W_said, "said") \
	X(W_says, "says") X(W_secdef, "secdef") X(W_secretary, "secretary") \
	X(W_secstate, "secstate") X(W_see, "see") X(W_seek, "seek") \
	X(W_seeks, "seeks") X(W_send, "send") X(W_shall, "shall") \
	X(W_share, "share") X(W_should, "should") X(W_socom, "socom") \
	X(W_solicit, "solicit") X(W_sought, "sought") X(W_southcom, "southcom") \
	X(W_speech, "speech") X(W_state, "state") X(W_stated, "stated") \
	X(W_statement, "statement") X(W_stratcom, "stratcom") X(W_stress, "stress") \
	X(W_stressed, "stressed") X(W_strongly, "strongly") X(W_submit, "submit") \
	X(W_suggest, "suggest") X(W_suggests, "suggests") X(W_support, "support") \
	X(W_talking, "talking") X(W_tasked, "tasked") X(W_team, "team") \
	X(W_text, "text") X(W_that, "that") X(W_the, "the") X(W_their, "their") \
	X(W_them, "them") X(W_therefore, "therefore") X(W_these, "these") \
	X(W_this, "this") X(W_those, "those") X(W_thoughts, "thoughts") \
	X(W_through, "through") X(W_thus, "thus") X(W_to, "to") X(W_told, "told") \
	X(W_transcom, "transcom") X(W_treasury, "treasury") \
	X(W_underscore, "underscore") X(W_urge, "urge") \
	X(W_urged, "urged") X(W_urgently, "urgently") X(W_urges, "urges") \
	X(W_us, "us") X(W_usafricom, "usafricom") X(W_usaid, "usaid") \
	X(W_uscentcom, "uscentcom") X(W_use, "use") X(W_useucom, "useucom") \
	X(W_usg, "usg") X(W_usmission, "usmission") X(W_usnorthcom, "usnorthcom") \
	X(W_uspacom, "uspacom") X(W_ussocom, "ussocom") X(W_ussouthcom, "ussouthcom") \
	X(W_usstratcom, "usstratcom") X(W_ustr, "ustr") X(W_ustranscom, "ustranscom") \
	X(W_view, "view") \
	X(W_views, "views") X(W_visit, "visit") X(W_voters, "voters") \
	X(W_want, "want") X(W_wants, "wants") X(W_was, "was") \
	X(W_washington, "washington") X(W_we, "we") X(W_welcome, "welcome") \
	X(W_were, "were") X(W_when, "when") X(W_which, "which") X(W_while, "while") \
	X(W_white, "white") X(W_who, "who") X(W_whose, "whose") X(W_will, "will") \
	X(W_wish, "wish") X(W_wishes, "wishes") X(W_with, "with") X(W_would, "would") X(W_you, "you") \
	X(W_your, "your") \
	X(W_affairs, "affairs") X(W_appreciated, "appreciated") \
	X(W_attorney, "attorney") X(W_justice, "justice") X(W_usun, "usun") X(W_host, "host") \
	X(W_government, "government") X(W_local, "local") X(W_police, "police") \
	X(W_military, "military") X(W_ministry, "ministry") \
	X(W_decided, "decided") X(W_agreed, "agreed") X(W_concluded, "concluded") \
	X(W_determined, "determined") X(W_reported, "reported") \
	X(W_believed, "believed") X(W_suggested, "suggested") \
	X(W_recommended, "recommended") X(W_indicated, "indicated") \
	X(W_insisted, "insisted") X(W_warned, "warned") X(W_explained, "explained") \
	X(W_thought, "thought") X(W_felt, "felt") X(W_useful, "useful") \
	X(W_helpful, "helpful") X(W_important, "important") \
	X(W_essential, "essential") X(W_imperative, "imperative") \
	X(W_critical, "critical") X(W_vital, "vital") X(W_necessary, "necessary") \
	X(W_chiefs, "chiefs") X(W_chief, "chief") X(W_datt, "datt") \
	X(W_template, "template") X(W_likewise, "likewise") X(W_coast, "coast") \
	X(W_coms, "coms") X(W_consular, "consular") \
	X(W_dcms, "dcms") X(W_dcm, "dcm") X(W_charge, "charge") X(W_cda, "cda") \
	X(W_dia, "dia") X(W_dea, "dea") X(W_drug, "drug") X(W_dni, "dni") X(W_odni, "odni") \
	X(W_director, "director") X(W_nctc, "nctc") X(W_nsa, "nsa") X(W_usdoc, "usdoc") \
	X(W_commerce, "commerce") X(W_advocacy, "advocacy") X(W_exim, "exim") \
	X(W_eximbank, "eximbank") X(W_ustda, "ustda") X(W_usnmr, "usnmr") X(W_hhs, "hhs") X(W_cdc, "cdc") \
	X(W_manager, "manager") X(W_managers, "managers") X(W_counselor, "counselor") \
	X(W_counselors, "counselors") \
	X(W_mcc, "mcc") X(W_millennium, "millennium") X(W_usda, "usda") X(W_cjcs, "cjcs") \
	X(W_dsca, "dsca") X(W_dtsa, "dtsa") X(W_dtra, "dtra") \
	X(W_section, "section") X(W_sections, "sections") X(W_pao, "pao") X(W_paos, "paos") \
	X(W_emboff, "emboff") X(W_emboffs, "emboffs") X(W_econoffs, "econoffs") \
	X(W_eac, "eac") X(W_eacs, "eacs") X(W_congen, "congen") \
	X(W_poloffs, "poloffs") X(W_conoffs, "conoffs") X(W_attache, "attache") \
	X(W_attaches, "attaches") X(W_legat, "legat") X(W_legatt, "legatt") X(W_legats, "legats") \
	X(W_management, "management") X(W_econ, "econ") X(W_pol, "pol") \
	X(W_commercial, "commercial") X(W_cultural, "cultural") \
	X(W_agricultural, "agricultural") X(W_legal, "legal") \
	X(W_delegation, "delegation") X(W_codel, "codel") X(W_economic, "economic") X(W_consumers, "consumers") \
	X(W_grateful, "grateful") X(W_greatly, "greatly") X(W_interested, "interested") X(W_invites, "invites") \
	X(W_officer, "officer") X(W_officers, "officers") \
	X(W_permission, "permission") X(W_personnel, "personnel") X(W_political, "political") \
	X(W_public, "public") X(W_regional, "regional") X(W_reporting, "reporting") \
	X(W_rso, "rso") X(W_rsos, "rsos") X(W_security, "security") \
	X(W_staff, "staff") X(W_still, "still") X(W_u_s, "u.s") X(W_united, "united") \
	X(W_uscg, "uscg") X(W_usdel, "usdel") \
	X(W_welcomed, "welcomed")

enum tk_wid {
	W_NONE = 0,
#define TK_ENUM(id, str) id,
	TK_VOCAB(TK_ENUM)
#undef TK_ENUM
	W_COUNT
};

enum { TK_VOCAB_SLOTS = 4096 };     /* a power of two, ~10 * W_COUNT: few probes */

/* The vocabulary as an open-addressed hash table (built once per process
 * by tk_vocab(): a few thousand instructions). */
struct tk_vocab {
	uint64_t key[W_COUNT];          /* tk_key() of each word */
	uint8_t len[W_COUNT];
	size_t maxlen;
	uint16_t slot[TK_VOCAB_SLOTS];  /* a word id, W_NONE when empty */
	uint32_t lens[256];             /* by first byte, lower case: bit n set
	                                   when a word of length n begins so */
	bool agency[W_COUNT];           /* the first word of a party_agency()
	                                   phrase */
	bool agency_all;                /* some first word is missing above:
	                                   try party_agency() at every word */
	uint8_t flags[W_COUNT];         /* TK_F_* of each word */
	uint8_t letter[256];            /* a byte's letter in lower case, or 0:
	                                   tk_may_ask() reads it */
	uint8_t stem_from[26];          /* the first stem of tk_may_ask() with
	                                   each first letter (tk_stem()) */
	uint8_t letter_no[256];         /* a byte's letter 0-25 (any case), 26
	                                   for any other byte */
	uint32_t stem3[26 * 27];        /* by a stem's first two letters
	                                   (letter_no): bit n set when a stem's
	                                   third letter is letter n */
};

/* Words whose absence from a sentence rules out a whole test. */
enum {
	TK_F_PARA = 1,              /* "para", "paragraphs": a pointer */
	TK_F_ACTION = 2,            /* "action", "request": tk_action_words() */
	TK_F_BEGIN = 4,             /* "begin": a quote begins */
	TK_F_END = 8,               /* "end": a quote ends */
	TK_F_RECOMMEND = 16,        /* "recommend(s)", "request(s)", "ask(s)":
	                               a post's second verb may be one */
	TK_F_USG = 32,              /* "USG", "U.S", "United": the U.S.
	                               Government may be a subject */
};

/* The words, by id ("" for W_NONE). */
extern const char *const tk_vocab_str[W_COUNT];

void tk_vocab_init(struct tk_vocab *V);
/* The table, built on the first call (thread-safe). */
const struct tk_vocab *tk_vocab(void);

/* The first bytes of the word s[0..n) (at most 8) in lower case, one a
 * byte from the lowest: two words of at most 8 bytes are the same word in
 * any case when their keys are equal.  The bytes of a word are letters,
 * digits, '-', '/', '.', '\'': "| 0x20" lowers the letters and keeps the
 * others.  avail: how many bytes from s may be read (n or more); with 8 of
 * them one load reads the word. */
static inline uint64_t tk_key(const char *s, size_t n, size_t avail)
{
	size_t m = n < 8 ? n : 8;
	uint64_t k = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (avail >= 8) {
		memcpy(&k, s, 8);
		k |= 0x2020202020202020u;  /* lower case */
		return m == 8 ? k : k & (((uint64_t)1 << (8 * m)) - 1);
	}
#else
	(void)avail;
#endif
	for (size_t j = m; j-- > 0;)
		k = k << 8 | (uint8_t)(s[j] | 0x20);
	return k;
}

/* The slot where the search for a word of key k and length n begins. */
static inline size_t tk_key_slot(uint64_t k, size_t n)
{
	return (size_t)(((k ^ n) * 0x9E3779B97F4A7C15u) >> 40) & (TK_VOCAB_SLOTS - 1);
}

/* The id of the word s[0..n) (any case), or W_NONE; avail as tk_key(). */
static inline enum tk_wid tk_lookup(const struct tk_vocab *V, const char *s,
                                    size_t n, size_t avail)
{
	if (n == 0 || n > V->maxlen || n >= 32 ||
	    !(V->lens[(unsigned char)(s[0] | 0x20)] & (1u << n)))
		return W_NONE;
	uint64_t k = tk_key(s, n, avail);
	for (size_t j = tk_key_slot(k, n);; j = (j + 1) & (TK_VOCAB_SLOTS - 1)) {
		unsigned id = V->slot[j];
		if (id == W_NONE)
			return W_NONE;
		if (V->key[id] != k || V->len[id] != n)
			continue;
		/* the bytes after the key */
		const char *w = tk_vocab_str[id];
		size_t q = 8;
		while (q < n && (char)(s[q] | 0x20) == w[q])
			q++;
		if (q >= n)
			return (enum tk_wid)id;
	}
}

/* The index of the lowest byte of m with its top bit set (m has some,
 * and no other bits): 0x80 << 8j, shifted down, times a constant whose
 * top byte is then j. */
static inline size_t tk_first_byte(uint64_t m)
{
	uint64_t low = m & (~m + 1);
	return (size_t)(((low >> 7) * 0x0001020304050607u) >> 56);
}

#endif
