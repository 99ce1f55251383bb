/* tasking.c - which paragraph asks which party to act, and by when.
 *
 * Each paragraph's own prose (its text, follow-on text and comment blocks;
 * never quoted blocks or talking points) is cut into sentences and each
 * sentence into words.  A sentence is a tasking when its words ask a party
 * to act:
 *
 *   from Washington to posts           from a post to Washington
 *   "please approach ..."               "Post requests Department guidance"
 *   "Post should", "Posts are           "we would appreciate", "we strongly
 *     requested to", "Embassy X is        recommend", "Mission requests that"
 *     requested to"                     "The Department's guidance ... is
 *   "Department requests action           requested"
 *     addressees report",               "DOD or CENTCOM should undertake"
 *     "Washington requests Post pursue"
 *   "For Embassies Moscow and Riga,
 *     please ...", "Request Embassy
 *     Madrid approach", "a negative
 *     report is requested"
 *
 * Bullets and sub-items of a paragraph belong to it: they add a tasking only
 * when they name the tasked party themselves ("-- Post should circulate").
 * Pointers ("This is an action request, see paras 4 and 7") mark the
 * paragraphs they point to, and their "for USOSCE and UNVIE" narrows what
 * "Post" means in the whole cable.  A pointer to a paragraph whose own words
 * ask nothing, next to one whose words do, is taken for a slip of the
 * drafter and ignored.
 *
 * A post on no addressee line is written in capitals as the cable names it
 * ("Embassy Ottawa should" -> EMBASSY OTTAWA, "USNATO should" -> USNATO);
 * data/posts.tsv tells a post from any other capitalised word.
 *
 * The deadline is read from the tasking sentences (deadline.c), else a
 * dated phrase from the rest of the paragraph.  Everything is allocated in
 * the cable's arena; the work is linear in the text: each sentence is cut
 * into words once, and each word looked up once in a hash table of the
 * vocabulary below, so the patterns compare integers.
 */
#include "tasking/tasking.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "tasking/deadline.h"
#include "tasking/party.h"

enum {
	TK_MAX_WORDS = 200,         /* words of one sentence that are read */
	TK_MAX_PARTIES = 48,        /* parties of one paragraph */
	TK_QUOTE_WORDS = 14,        /* longest quote */
	TK_SUMMARY_WORDS = 12,      /* longest summary */
};

/* ---- vocabulary ------------------------------------------------------ */

/* Every word the patterns below test, in lower case, and the first words
 * of the phrases party_agency() reads.  Each word of a sentence is looked
 * up once, when the sentence is cut into words, so a test of a word against
 * one of these is an integer compare. */
#define TK_VOCAB(X) \
	X(W_a, "a") X(W_about, "about") X(W_according, "according") \
	X(W_action, "action") X(W_added, "added") X(W_additional, "additional") \
	X(W_address, "address") X(W_addressed, "addressed") \
	X(W_addressee, "addressee") X(W_addressees, "addressees") \
	X(W_administration, "administration") X(W_advice, "advice") \
	X(W_advise, "advise") X(W_advised, "advised") X(W_africom, "africom") \
	X(W_again, "again") X(W_agencies, "agencies") X(W_all, "all") \
	X(W_also, "also") X(W_ambassador, "ambassador") X(W_amconsul, "amconsul") \
	X(W_amembassy, "amembassy") X(W_an, "an") X(W_analysts, "analysts") \
	X(W_and, "and") X(W_any, "any") X(W_appreciate, "appreciate") \
	X(W_approach, "approach") X(W_approval, "approval") X(W_are, "are") \
	X(W_argued, "argued") X(W_as, "as") X(W_ask, "ask") X(W_asked, "asked") \
	X(W_asks, "asks") X(W_assistance, "assistance") X(W_at, "at") \
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
	X(W_decision, "decision") X(W_defense, "defense") X(W_deliver, "deliver") \
	X(W_demarche, "demarche") X(W_department, "department") X(W_dept, "dept") \
	X(W_details, "details") X(W_dhs, "dhs") X(W_direct, "direct") \
	X(W_directed, "directed") X(W_directs, "directs") X(W_dod, "dod") \
	X(W_doj, "doj") X(W_draw, "draw") X(W_e_mail, "e-mail") X(W_each, "each") \
	X(W_email, "email") X(W_embassies, "embassies") X(W_embassy, "embassy") \
	X(W_emphasize, "emphasize") X(W_encourage, "encourage") \
	X(W_encouraged, "encouraged") X(W_encourages, "encourages") X(W_end, "end") \
	X(W_engage, "engage") X(W_ensure, "ensure") X(W_eprt, "eprt") \
	X(W_eucom, "eucom") X(W_every, "every") X(W_everyone, "everyone") \
	X(W_expect, "expect") X(W_expected, "expected") X(W_express, "express") \
	X(W_fbi, "fbi") X(W_feedback, "feedback") X(W_find, "find") X(W_for, "for") \
	X(W_forward, "forward") X(W_from, "from") X(W_funding, "funding") \
	X(W_funds, "funds") X(W_further, "further") X(W_general, "general") \
	X(W_guidance, "guidance") X(W_help, "help") X(W_her, "her") \
	X(W_hereby, "hereby") X(W_him, "him") X(W_his, "his") X(W_how, "how") \
	X(W_i, "i") X(W_if, "if") X(W_in, "in") X(W_including, "including") \
	X(W_inform, "inform") X(W_information, "information") X(W_input, "input") \
	X(W_instruct, "instruct") X(W_instructed, "instructed") \
	X(W_instructions, "instructions") X(W_instructs, "instructs") \
	X(W_interagency, "interagency") X(W_interlocutors, "interlocutors") \
	X(W_into, "into") X(W_invite, "invite") X(W_invited, "invited") \
	X(W_irpo, "irpo") X(W_is, "is") X(W_it, "it") X(W_item, "item") \
	X(W_items, "items") X(W_its, "its") X(W_jcs, "jcs") X(W_joint, "joint") \
	X(W_kindly, "kindly") X(W_leaders, "leaders") X(W_letter, "letter") \
	X(W_like, "like") X(W_may, "may") X(W_me, "me") X(W_message, "message") \
	X(W_might, "might") X(W_mission, "mission") X(W_missions, "missions") \
	X(W_more, "more") X(W_must, "must") X(W_national, "national") \
	X(W_need, "need") X(W_needs, "needs") X(W_non_paper, "non-paper") \
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
	X(W_posts, "posts") X(W_president, "president") X(W_press, "press") \
	X(W_principals, "principals") X(W_propose, "propose") \
	X(W_proposes, "proposes") X(W_protect, "protect") X(W_provide, "provide") \
	X(W_prt, "prt") X(W_pursue, "pursue") X(W_query, "query") \
	X(W_questions, "questions") X(W_quote, "quote") X(W_raise, "raise") \
	X(W_reach, "reach") X(W_recommend, "recommend") \
	X(W_recommends, "recommends") X(W_refer, "refer") X(W_referred, "referred") \
	X(W_reiterate, "reiterate") X(W_relay, "relay") X(W_relevant, "relevant") \
	X(W_replied, "replied") X(W_reply, "reply") X(W_report, "report") \
	X(W_request, "request") X(W_requested, "requested") \
	X(W_requests, "requests") X(W_required, "required") \
	X(W_resources, "resources") X(W_respectfully, "respectfully") \
	X(W_respond, "respond") X(W_response, "response") X(W_said, "said") \
	X(W_says, "says") X(W_secdef, "secdef") X(W_secretary, "secretary") \
	X(W_secstate, "secstate") X(W_see, "see") X(W_seek, "seek") \
	X(W_seeks, "seeks") X(W_send, "send") X(W_shall, "shall") \
	X(W_share, "share") X(W_should, "should") X(W_solicit, "solicit") \
	X(W_sought, "sought") X(W_southcom, "southcom") X(W_state, "state") \
	X(W_stated, "stated") X(W_statement, "statement") X(W_stress, "stress") \
	X(W_stressed, "stressed") X(W_strongly, "strongly") X(W_submit, "submit") \
	X(W_suggest, "suggest") X(W_suggests, "suggests") X(W_support, "support") \
	X(W_talking, "talking") X(W_tasked, "tasked") X(W_team, "team") \
	X(W_text, "text") X(W_that, "that") X(W_the, "the") X(W_their, "their") \
	X(W_them, "them") X(W_therefore, "therefore") X(W_these, "these") \
	X(W_this, "this") X(W_those, "those") X(W_thoughts, "thoughts") \
	X(W_through, "through") X(W_thus, "thus") X(W_to, "to") X(W_told, "told") \
	X(W_treasury, "treasury") X(W_underscore, "underscore") X(W_urge, "urge") \
	X(W_urged, "urged") X(W_urgently, "urgently") X(W_urges, "urges") \
	X(W_us, "us") X(W_usafricom, "usafricom") X(W_usaid, "usaid") \
	X(W_uscentcom, "uscentcom") X(W_use, "use") X(W_useucom, "useucom") \
	X(W_usg, "usg") X(W_usmission, "usmission") X(W_uspacom, "uspacom") \
	X(W_ussouthcom, "ussouthcom") X(W_ustr, "ustr") X(W_view, "view") \
	X(W_views, "views") X(W_visit, "visit") X(W_voters, "voters") \
	X(W_want, "want") X(W_wants, "wants") X(W_was, "was") \
	X(W_washington, "washington") X(W_we, "we") X(W_welcome, "welcome") \
	X(W_were, "were") X(W_when, "when") X(W_which, "which") X(W_while, "while") \
	X(W_white, "white") X(W_who, "who") X(W_whose, "whose") X(W_will, "will") \
	X(W_wish, "wish") X(W_with, "with") X(W_would, "would") X(W_you, "you") \
	X(W_your, "your")

enum tk_wid {
	W_NONE = 0,
#define TK_ENUM(id, str) id,
	TK_VOCAB(TK_ENUM)
#undef TK_ENUM
	W_COUNT
};

static const char *const tk_vocab_str[W_COUNT] = {
	[W_NONE] = "",
#define TK_STR(id, str) [id] = str,
	TK_VOCAB(TK_STR)
#undef TK_STR
};

enum { TK_VOCAB_SLOTS = 1024 };     /* a power of two, > 2 * W_COUNT */

/* The vocabulary as an open-addressed hash table (built per cable, in its
 * arena: a few thousand instructions). */
struct tk_vocab {
	uint32_t hash[W_COUNT];
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
};

/* Words whose absence from a sentence rules out a whole test. */
enum {
	TK_F_PARA = 1,              /* "para", "paragraphs": a pointer */
	TK_F_ACTION = 2,            /* "action", "request": tk_action_words() */
	TK_F_BEGIN = 4,             /* "begin": a quote begins */
	TK_F_END = 8,               /* "end": a quote ends */
};

/* Character classes of the ASCII bytes the words are made of (bytes of
 * UTF-8 sequences are none of them, whatever the locale). */
enum { TK_UPPER = 1, TK_LOWER = 2, TK_DIGIT = 4, TK_ALNUM = 7 };

static const uint8_t tk_class[256] = {
	['0'] = TK_DIGIT, ['1'] = TK_DIGIT, ['2'] = TK_DIGIT, ['3'] = TK_DIGIT,
	['4'] = TK_DIGIT, ['5'] = TK_DIGIT, ['6'] = TK_DIGIT, ['7'] = TK_DIGIT,
	['8'] = TK_DIGIT, ['9'] = TK_DIGIT,
	['A'] = TK_UPPER, ['B'] = TK_UPPER, ['C'] = TK_UPPER, ['D'] = TK_UPPER,
	['E'] = TK_UPPER, ['F'] = TK_UPPER, ['G'] = TK_UPPER, ['H'] = TK_UPPER,
	['I'] = TK_UPPER, ['J'] = TK_UPPER, ['K'] = TK_UPPER, ['L'] = TK_UPPER,
	['M'] = TK_UPPER, ['N'] = TK_UPPER, ['O'] = TK_UPPER, ['P'] = TK_UPPER,
	['Q'] = TK_UPPER, ['R'] = TK_UPPER, ['S'] = TK_UPPER, ['T'] = TK_UPPER,
	['U'] = TK_UPPER, ['V'] = TK_UPPER, ['W'] = TK_UPPER, ['X'] = TK_UPPER,
	['Y'] = TK_UPPER, ['Z'] = TK_UPPER,
	['a'] = TK_LOWER, ['b'] = TK_LOWER, ['c'] = TK_LOWER, ['d'] = TK_LOWER,
	['e'] = TK_LOWER, ['f'] = TK_LOWER, ['g'] = TK_LOWER, ['h'] = TK_LOWER,
	['i'] = TK_LOWER, ['j'] = TK_LOWER, ['k'] = TK_LOWER, ['l'] = TK_LOWER,
	['m'] = TK_LOWER, ['n'] = TK_LOWER, ['o'] = TK_LOWER, ['p'] = TK_LOWER,
	['q'] = TK_LOWER, ['r'] = TK_LOWER, ['s'] = TK_LOWER, ['t'] = TK_LOWER,
	['u'] = TK_LOWER, ['v'] = TK_LOWER, ['w'] = TK_LOWER, ['x'] = TK_LOWER,
	['y'] = TK_LOWER, ['z'] = TK_LOWER,
};


/* FNV-1a of s[0..n) in lower case.  The bytes of a word are letters,
 * digits, '-', '/', '.', '\'': "| 0x20" lowers the letters and keeps the
 * others.  (tk_words() computes the same hash as it reads a word.) */
#define TK_FNV_BASIS 2166136261u
#define TK_FNV_PRIME 16777619u

static uint32_t tk_hash(const char *s, size_t n)
{
	uint32_t h = TK_FNV_BASIS;
	for (size_t k = 0; k < n; k++)
		h = (h ^ (uint8_t)(s[k] | 0x20)) * TK_FNV_PRIME;
	return h;
}

/* The id of the word s[0..n) (any case) whose tk_hash() is h, or W_NONE. */
static enum tk_wid tk_lookup(const struct tk_vocab *V, const char *s, size_t n,
                             uint32_t h)
{
	if (n == 0 || n > V->maxlen || n >= 32 ||
	    !(V->lens[(unsigned char)(s[0] | 0x20)] & (1u << n)))
		return W_NONE;
	for (size_t j = h & (TK_VOCAB_SLOTS - 1);; j = (j + 1) & (TK_VOCAB_SLOTS - 1)) {
		unsigned id = V->slot[j];
		if (id == W_NONE)
			return W_NONE;
		if (V->hash[id] != h || V->len[id] != n)
			continue;
		const char *w = tk_vocab_str[id];
		size_t k = 0;
		while (k < n && (char)(s[k] | 0x20) == w[k])
			k++;
		if (k == n)
			return (enum tk_wid)id;
	}
}

static void tk_vocab_init(struct tk_vocab *V)
{
	memset(V->slot, 0, sizeof V->slot);
	memset(V->lens, 0, sizeof V->lens);
	V->maxlen = 0;
	for (unsigned id = 1; id < W_COUNT; id++) {
		const char *w = tk_vocab_str[id];
		size_t n = strlen(w);
		V->hash[id] = tk_hash(w, n);
		V->len[id] = (uint8_t)n;
		if (n > V->maxlen)
			V->maxlen = n;
		if (n < 32)
			V->lens[(unsigned char)w[0]] |= 1u << n;
		size_t j = V->hash[id] & (TK_VOCAB_SLOTS - 1);
		while (V->slot[j])
			j = (j + 1) & (TK_VOCAB_SLOTS - 1);
		V->slot[j] = (uint16_t)id;
	}
	memset(V->flags, 0, sizeof V->flags);
	V->flags[W_para] = V->flags[W_paras] = V->flags[W_paragraph] = TK_F_PARA;
	V->flags[W_paragraphs] = V->flags[W_par] = V->flags[W_pars] = TK_F_PARA;
	V->flags[W_action] = V->flags[W_request] = TK_F_ACTION;
	V->flags[W_begin] = TK_F_BEGIN;
	V->flags[W_end] = TK_F_END;
	memset(V->agency, 0, sizeof V->agency);
	V->agency_all = false;
	const char *p;
	for (size_t i = 0; (p = party_agency_phrase(i)) != NULL; i++) {
		size_t n = strcspn(p, " ");
		enum tk_wid id = tk_lookup(V, p, n, tk_hash(p, n));
		if (id == W_NONE)
			V->agency_all = true;
		V->agency[id] = true;
	}
}

/* ---- words ---------------------------------------------------------- */

static bool tk_is_word_char(unsigned char ch)
{
	return isalnum(ch) || ch >= 0x80;
}

struct tk_word {
	size_t s, e;                /* [s, e) in the sentence */
	enum tk_wid id;             /* the word (less a trailing "'s") */
	bool agency;                /* it may begin a party_agency() phrase */
};

struct tk_sentence {
	const struct tk_vocab *V;
	const char *s;
	size_t len;
	struct tk_word w[TK_MAX_WORDS];
	size_t n;
	bool caps;                  /* the sentence is written in capitals */
	unsigned flags;             /* TK_F_* of its words */
};

struct tk_parties {
	const char *name[TK_MAX_PARTIES];
	size_t n;
};

/* What one tasking sentence says. */
struct tk_hit {
	struct tk_parties parties;
	size_t quote_from;          /* word index where the quote starts */
	size_t verb;                /* word index where the asked action starts */
	size_t verb_end;            /* word index after the request words */
	bool object_only;           /* the action is a noun: "appreciate a reply" */
	bool sets_scope;            /* the parties named become the paragraph's */
	enum tk_wid ask;            /* a post's request verb: "recommend" */
};

struct tk_ctx {
	struct cable *c;
	struct tk_vocab vocab;
	struct tk_sentence sent;    /* the sentence being read (reused) */
	bool washington;            /* the cable is from Washington */
	struct tk_parties deflt;    /* what "Post", "action addressees" mean */
	const char *own;            /* a post's cable: its place, "SAN JOSE" */
	size_t own_len1;            /* length of its first word, to reject fast */
};

/* One paragraph being read. */
struct tk_para {
	struct tk_parties parties;
	struct tk_parties scope;    /* "For Embassy Kyiv, ..." */
	const char *quote, *summary;
	bool found;
	bool by_pointer;            /* marked only by another's pointer */
	struct deadline dl;
	const char *dl_text;
	bool have_dl;
	int pointed[32];            /* paragraphs this one points to */
	size_t npointed;
	struct tk_parties pointer_parties;
	const char *pointer_quote;
};

/* Cuts s[0..len) into words: runs of letters and digits, with '-', '/',
 * '\'' inside ("host-country", "AF/RSA", "Post's") and the dot of "U.S". */
static void tk_words(struct tk_sentence *S, const char *s, size_t len)
{
	/* letters counted two at a time: upper case in the low half, lower
	 * case in the high half; 0 for a byte that is no letter or digit */
	static const uint64_t count[256] = {
#define TK_U(c) [c] = 1
#define TK_L(c) [c] = (uint64_t)1 << 32
#define TK_D(c) [c] = (uint64_t)1 << 63
		TK_D('0'), TK_D('1'), TK_D('2'), TK_D('3'), TK_D('4'), TK_D('5'),
		TK_D('6'), TK_D('7'), TK_D('8'), TK_D('9'),
		TK_U('A'), TK_U('B'), TK_U('C'), TK_U('D'), TK_U('E'), TK_U('F'),
		TK_U('G'), TK_U('H'), TK_U('I'), TK_U('J'), TK_U('K'), TK_U('L'),
		TK_U('M'), TK_U('N'), TK_U('O'), TK_U('P'), TK_U('Q'), TK_U('R'),
		TK_U('S'), TK_U('T'), TK_U('U'), TK_U('V'), TK_U('W'), TK_U('X'),
		TK_U('Y'), TK_U('Z'),
		TK_L('a'), TK_L('b'), TK_L('c'), TK_L('d'), TK_L('e'), TK_L('f'),
		TK_L('g'), TK_L('h'), TK_L('i'), TK_L('j'), TK_L('k'), TK_L('l'),
		TK_L('m'), TK_L('n'), TK_L('o'), TK_L('p'), TK_L('q'), TK_L('r'),
		TK_L('s'), TK_L('t'), TK_L('u'), TK_L('v'), TK_L('w'), TK_L('x'),
		TK_L('y'), TK_L('z'),
#undef TK_U
#undef TK_L
#undef TK_D
	};
	const uint64_t digit = (uint64_t)1 << 63;
	const unsigned char *u = (const unsigned char *)s;
	S->s = s;
	S->len = len;
	S->n = 0;
	S->flags = 0;
	uint64_t letters = 0;
	size_t i = 0;
	while (i < len && S->n < TK_MAX_WORDS) {
		while (i < len && !count[u[i]])
			i++;
		if (i >= len)
			break;
		size_t b = i;
		uint32_t h = TK_FNV_BASIS;
		size_t join = len;      /* where the first '-', '/', '.', '\'' is */
		for (;;) {
			uint64_t v;
			while (i < len && (v = count[u[i]]) != 0) {
				letters += v & ~digit;
				h = (h ^ (uint8_t)(u[i] | 0x20)) * TK_FNV_PRIME;
				i++;
			}
			/* host-country, AF/RSA, Post's, U.S */
			unsigned char ch = i < len ? u[i] : 0;
			if (!((ch == '-' || ch == '/' || ch == '\'' || ch == '.') &&
			      i + 1 < len && count[u[i + 1]] &&
			      (ch != '.' || (i - b == 1 && (tk_class[u[b]] & TK_UPPER)))))
				break;
			if (join == len)
				join = i;
			h = (h ^ ch) * TK_FNV_PRIME;
			i++;
		}
		/* "Washington,s" and "Washington's" (a smart quote): drop the s */
		if (i - b == 1 && (s[b] == 's' || s[b] == 'S') && b > 0 &&
		    (s[b - 1] == ',' || u[b - 1] == 0x99) &&
		    (i >= len || !tk_is_word_char(u[i])))
			continue;
		size_t e = i;
		if (e - b > 2 && s[e - 2] == '\'' && (s[e - 1] == 's' || s[e - 1] == 'S')) {
			e -= 2;
			h = tk_hash(s + b, e - b);
		}
		struct tk_word *w = &S->w[S->n++];
		w->s = b;
		w->e = i;
		w->id = tk_lookup(S->V, s + b, e - b, h);
		S->flags |= S->V->flags[w->id];
		/* the first letters and digits of a word are a party_agency()
		 * first word only when the word is them ("Department's") */
		w->agency = S->V->agency_all || join < e || S->V->agency[w->id];
	}
	size_t upper = (size_t)(letters & 0xFFFFFFFFu);
	size_t lower = (size_t)((letters >> 32) & 0x7FFFFFFFu);
	S->caps = upper > 8 && lower * 10 < upper;
}

/* Is word i the word w (any case; a trailing "'s" is ignored)? */
static bool tk_is(const struct tk_sentence *S, size_t i, enum tk_wid w)
{
	return i < S->n && S->w[i].id == w;
}

/* Is word i one of the W_NONE-terminated list? */
static bool tk_in(const struct tk_sentence *S, size_t i, const enum tk_wid *list)
{
	if (i >= S->n || S->w[i].id == W_NONE)
		return false;
	for (; *list; list++)
		if (*list == S->w[i].id)
			return true;
	return false;
}

/* The text between words i-1 and i holds ch. */
static bool tk_gap_has(const struct tk_sentence *S, size_t i, char ch)
{
	if (i == 0 || i >= S->n)
		return false;
	for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
		if (S->s[k] == ch)
			return true;
	return false;
}

static bool tk_capitalised(const struct tk_sentence *S, size_t i)
{
	return i < S->n && isupper((unsigned char)S->s[S->w[i].s]);
}

/* The word index at or after byte offset off. */
static size_t tk_word_at(const struct tk_sentence *S, size_t off)
{
	size_t i = 0;
	while (i < S->n && S->w[i].s < off)
		i++;
	return i;
}

/* ---- parties -------------------------------------------------------- */

static void tk_add(struct tk_parties *p, const char *name)
{
	if (!name)
		return;
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->name[i], name) == 0)
			return;
	if (p->n < TK_MAX_PARTIES)
		p->name[p->n++] = name;
}

static void tk_add_all(struct tk_parties *p, const struct tk_parties *from)
{
	for (size_t i = 0; i < from->n; i++)
		tk_add(p, from->name[i]);
}

static const enum tk_wid tk_post_heads[] = {
	W_post, W_posts, W_embassy, W_embassies, W_mission, W_missions,
	W_consulate, W_consulates, W_amembassy, W_usmission, W_amconsul,
	W_consulates_general, W_NONE,
};

static const enum tk_wid tk_determiners[] = {
	W_the, W_each, W_all, W_every, W_other, W_relevant, W_concerned, W_both,
	W_NONE,
};

/* A post that is on no addressee line, in capitals as the cable names it
 * (LABELS.md): "Embassy Ottawa" -> EMBASSY OTTAWA, "Embassies Ottawa and
 * Rome" -> EMBASSY OTTAWA and EMBASSY ROME, "USNATO" -> USNATO.  head is
 * the word index of "Embassy" (S->n for none); the place is the used bytes
 * from word k. */
static const char *tk_unlisted(struct tk_ctx *x, const struct tk_sentence *S,
                               size_t head, size_t k, size_t used)
{
	const char *pre = "";
	if (head < S->n) {
		switch (S->w[head].id) {
		case W_embassy: case W_embassies: pre = "EMBASSY "; break;
		case W_mission: case W_missions: pre = "MISSION "; break;
		case W_amembassy: pre = "AMEMBASSY "; break;
		case W_usmission: pre = "USMISSION "; break;
		case W_amconsul: pre = "AMCONSUL "; break;
		case W_consulates_general: pre = "CONSULATE GENERAL "; break;
		case W_consulate: case W_consulates:
			pre = tk_is(S, head + 1, W_general) ? "CONSULATE GENERAL " : "CONSULATE ";
			break;
		default: break;
		}
	}
	size_t pl = strlen(pre);
	char *out = arena_alloc(&x->c->arena, pl + used + 1);
	memcpy(out, pre, pl);
	size_t o = pl;
	const char *p = S->s + S->w[k].s;
	for (size_t i = 0; i < used; i++) {
		unsigned char ch = (unsigned char)p[i];
		if (ch == ' ' || ch == '\n' || ch == '\t') {
			if (o > pl && out[o - 1] != ' ')
				out[o++] = ' ';
			continue;
		}
		out[o++] = (char)toupper(ch);
	}
	while (o > pl && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return out;
}

/* Named places after word k: "Kyiv", "Moscow and Riga", "Stockholm and
 * Madrid".  Adds them to out; returns the word index after them. */
static size_t tk_places(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                        size_t head, struct tk_parties *out)
{
	size_t last = k;            /* after the last place read */
	for (;;) {
		if (k >= S->n || !tk_capitalised(S, k) || tk_gap_has(S, k, '.') ||
		    tk_gap_has(S, k, ':') || tk_gap_has(S, k, '('))
			return out->n ? last : k;
		size_t used = 0;
		const char *name = party_addressee(x->c, S->s + S->w[k].s,
		                                   S->len - S->w[k].s, &used);
		if (!name && S->w[k].id == W_NONE) {
			/* a post on no addressee line: "Embassy Ottawa" */
			used = party_known_place(S->s + S->w[k].s, S->len - S->w[k].s, false);
			if (used)
				name = tk_unlisted(x, S, head, k, used);
		}
		if (!name)
			return out->n ? last : k;
		tk_add(out, name);
		k = last = tk_word_at(S, S->w[k].s + used);
		if (k < S->n && (tk_is(S, k, W_and) || tk_is(S, k, W_or)) &&
		    tk_capitalised(S, k + 1))
			k++;
		else if (!(k < S->n && tk_gap_has(S, k, ',') && tk_capitalised(S, k)))
			return k;
	}
}

/* Does some TO or INFO name hold the word w[0..n) (upper case)? */
static bool tk_on_lines(const struct cable *c, const char *w, size_t n)
{
	char key[32];
	if (n >= sizeof key)
		return false;
	memcpy(key, w, n);
	key[n] = '\0';
	for (size_t i = 0; i < c->nto; i++)
		if (c->to[i].name && strstr(c->to[i].name, key))
			return true;
	for (size_t i = 0; i < c->ninfo; i++)
		if (c->info[i].name && strstr(c->info[i].name, key))
			return true;
	return false;
}

/* Words that may follow a post's name in a request or a list of posts. */
static const enum tk_wid tk_after_name[] = {
	W_should, W_shall, W_must, W_may, W_might, W_is, W_are, W_please, W_and,
	W_or, W_need, W_needs, W_also, W_NONE,
};

/* A post party at word i: "Post", "Posts", "action addressees", "each post",
 * "Embassy Kyiv", "Embassies Moscow and Riga", "USOSCE and UNVIE".  Fills
 * named (empty for a generic one) and returns the index after it, or i when
 * there is none. */
static size_t tk_post_one(struct tk_ctx *x, const struct tk_sentence *S,
                          size_t i, struct tk_parties *named, bool *generic)
{
	size_t k = i;
	named->n = 0;
	*generic = false;
	while (k < S->n && tk_in(S, k, tk_determiners) && k - i < 2)
		k++;
	if (tk_is(S, k, W_action) && (tk_is(S, k + 1, W_addressees) ||
	                              tk_is(S, k + 1, W_addressee) ||
	                              tk_is(S, k + 1, W_posts) ||
	                              tk_is(S, k + 1, W_embassies) ||
	                              tk_is(S, k + 1, W_missions))) {
		*generic = true;
		return k + 2;
	}
	if (tk_is(S, k, W_addressee) && tk_is(S, k + 1, W_posts)) {
		*generic = true;
		return k + 2;
	}
	if (tk_is(S, k, W_addressees)) {
		*generic = true;
		return k + 1;
	}
	if (tk_in(S, k, tk_post_heads)) {
		size_t h = k + 1;
		if (tk_is(S, h, W_general))
			h++;
		size_t e = tk_places(x, S, h, k, named);
		if (named->n == 0)
			*generic = true;
		return e;
	}
	/* a bare short name in capitals in mixed-case prose: "USOSCE" */
	if (k == i && !S->caps && k < S->n && S->w[k].e - S->w[k].s >= 3) {
		bool all_caps = true;
		for (size_t b = S->w[k].s; b < S->w[k].e; b++)
			if (islower((unsigned char)S->s[b]))
				all_caps = false;
		/* a post on no line ("USNATO should", "FOR MOSCOW, PARIS ... AND
		 * BERLIN:") only where a list or a request goes on */
		bool goes_on = tk_gap_has(S, k + 1, ',') || tk_gap_has(S, k + 1, ':') ||
		               tk_in(S, k + 1, tk_after_name);
		if (all_caps && (tk_on_lines(x->c, S->s + S->w[k].s, S->w[k].e - S->w[k].s) ||
		                 (goes_on && party_known_place(S->s + S->w[k].s,
		                                               S->len - S->w[k].s, true)))) {
			size_t e = tk_places(x, S, k, S->n, named);
			if (named->n)
				return e;
		}
	}
	return i;
}

/* Post parties joined by "and": "USNATO and Action Embassies".  A generic
 * one among named ones adds the default set. */
static size_t tk_post_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                             size_t i, struct tk_parties *named, bool *generic)
{
	size_t e = tk_post_one(x, S, i, named, generic);
	while (e > i && (tk_is(S, e, W_and) || tk_is(S, e, W_or))) {
		struct tk_parties more;
		bool g2;
		size_t e2 = tk_post_one(x, S, e + 1, &more, &g2);
		if (e2 == e + 1)
			break;
		if (g2 || *generic) {
			if (named->n || more.n) {
				tk_add_all(named, &more);
				tk_add_all(named, &x->deflt);
			}
			*generic = named->n == 0;
		} else {
			tk_add_all(named, &more);
		}
		e = e2;
	}
	return e;
}

/* party_agency() at word i, skipping the words that begin no agency. */
static const char *tk_agency(struct tk_ctx *x, const struct tk_sentence *S,
                             size_t i, size_t *used)
{
	*used = 0;
	if (!S->w[i].agency)
		return NULL;
	return party_agency(x->c, S->s + S->w[i].s, S->len - S->w[i].s, used);
}

/* A Washington party at word i in a post's cable: "Washington", "the
 * Department", "DOD or CENTCOM".  Returns the index after it, or i. */
static size_t tk_wash_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                             size_t i, struct tk_parties *named)
{
	size_t k = i, end = i;
	named->n = 0;
	for (;;) {
		if (tk_is(S, k, W_the))
			k++;
		if (k >= S->n)
			break;
		size_t used = 0;
		const char *name = tk_agency(x, S, k, &used);
		if (!used)
			break;
		tk_add(named, name);
		k = end = tk_word_at(S, S->w[k].s + used);
		if (tk_is(S, k, W_or) || tk_is(S, k, W_and))
			k++;
		else
			break;
	}
	return named->n ? end : i;
}

/* The parties a post's request names anywhere in its sentence (then true:
 * they become the paragraph's scope); else the ones an earlier request of
 * the paragraph named; else the default set. */
static bool tk_wash_parties(struct tk_ctx *x, struct tk_para *P,
                            const struct tk_sentence *S, struct tk_parties *out)
{
	out->n = 0;
	for (size_t i = 0; i < S->n; i++) {
		size_t used = 0;
		const char *name = tk_agency(x, S, i, &used);
		tk_add(out, name);
		if (used)
			i = tk_word_at(S, S->w[i].s + used) - 1;
	}
	if (out->n)
		return true;
	tk_add_all(out, P->scope.n ? &P->scope : &x->deflt);
	return false;
}

/* ---- the patterns --------------------------------------------------- */

/* Words that name the US side in a post's cable. */
static const enum tk_wid tk_us_words[] = {
	W_you, W_washington, W_department, W_dept, W_usg, W_interagency,
	W_dod, W_secdef, W_state, W_fbi, W_cia, W_nsc, W_treasury, W_pentagon,
	W_usaid, W_ustr, W_secretary, W_president, W_administration, W_we,
	W_NONE,
};

/* "we encourage the GOU to deploy", "we would urge the RTG to issue": the
 * post's own advice to a named party that is not on the US side; "to" must
 * come within reach words of it. */
static bool tk_foreign_object(struct tk_ctx *x, const struct tk_sentence *S,
                              size_t v, size_t reach)
{
	size_t k = v, used;
	if (tk_is(S, k, W_the))
		k++;
	if (k >= S->n || S->caps || !tk_capitalised(S, k) || tk_in(S, k, tk_us_words) ||
	    tk_agency(x, S, k, &used) || used)
		return false;
	for (size_t j = k + 1; j < S->n && j <= k + reach; j++) {
		if (tk_in(S, j, tk_us_words))
			return false;
		if (tk_is(S, j, W_to))
			return true;
	}
	return false;
}

static const enum tk_wid tk_modal_adverbs[] = {
	W_also, W_therefore, W_further, W_strongly, W_respectfully, W_now,
	W_again, W_urgently, W_hereby, W_thus, W_kindly, W_NONE,
};

/* "please" + these is not a request to act */
static const enum tk_wid tk_please_not[] = {
	W_see, W_refer, W_protect, W_pass, W_find, W_be, W_note, W_visit, W_NONE,
};

/* Verbs that open an imperative sentence of a tasking. */
static const enum tk_wid tk_imperatives[] = {
	W_approach, W_deliver, W_convey, W_demarche, W_raise, W_report,
	W_inform, W_urge, W_press, W_share, W_provide, W_seek, W_ask, W_draw,
	W_brief, W_query, W_solicit, W_notify, W_consult, W_engage, W_respond,
	W_reply, W_obtain, W_submit, W_forward, W_advise, W_confirm, W_ensure,
	W_emphasize, W_stress, W_express, W_reiterate, W_encourage, W_underscore,
	W_use, W_pursue, W_coordinate, W_invite, W_send, W_relay, W_seek, W_NONE,
};

/* Is the sentence a point of contact line ("Please contact X at 202...",
 * "Please direct any questions to ...", "For more information, please
 * contact ...")?  "Please cite C-AL9-01454 ... in response to the above
 * questions" is no such line: questions count only beside a word of
 * reaching someone. */
static bool tk_poc(const struct tk_sentence *S)
{
	static const enum tk_wid reach[] = {
		W_contact, W_call, W_direct, W_directed, W_address, W_addressed,
		W_email, W_e_mail, W_reach, W_phone, W_refer, W_referred, W_NONE,
	};
	bool questions = false, more_info = false, contact = false;
	for (size_t i = 0; i < S->n; i++) {
		if (tk_is(S, i, W_poc) || tk_is(S, i, W_background) ||
		    (tk_is(S, i, W_point) && tk_is(S, i + 1, W_of) &&
		     tk_is(S, i + 2, W_contact)))
			return true;
		questions |= tk_is(S, i, W_questions);
		more_info |= (tk_is(S, i, W_more) || tk_is(S, i, W_further) ||
		              tk_is(S, i, W_additional)) &&
		             (tk_is(S, i + 1, W_information) || tk_is(S, i + 1, W_details));
		contact |= tk_in(S, i, reach);
	}
	if ((questions || more_info) && contact)
		return true;
	for (size_t k = 0; k < S->len; k++)
		if (S->s[k] == '@')
			return true;
	return false;
}

/* Where the clause of word 0 really starts: after "Action Request:",
 * "RFG:", "Comment and action request." labels. */
static size_t tk_clause_start(const struct tk_sentence *S)
{
	for (size_t i = 1; i < S->n && i <= 5; i++) {
		bool colon = false;
		for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
			if (S->s[k] == ':' || (S->s[k] == '-' && k + 1 < S->w[i].s &&
			                       S->s[k + 1] == ' ' && S->s[k - 1] == ' '))
				colon = true;
		if (colon)
			return i;
	}
	return 0;
}

/* Fills hit->parties from a phrase's result: the named parties, else the
 * paragraph's scope, else the cable's default. */
static void tk_resolve(struct tk_ctx *x, struct tk_para *P,
                       const struct tk_parties *named, struct tk_hit *hit)
{
	hit->parties.n = 0;
	if (named && named->n)
		tk_add_all(&hit->parties, named);
	else if (P->scope.n)
		tk_add_all(&hit->parties, &P->scope);
	else
		tk_add_all(&hit->parties, &x->deflt);
}

/* "Embassies should note that bullet #1 is for Beijing only", "Posts
 * should be aware that": information, not an action. */
static bool tk_note_only(const struct tk_sentence *S, size_t v)
{
	return tk_is(S, v, W_note) ||
	       (tk_is(S, v, W_be) && (tk_is(S, v + 1, W_aware) || tk_is(S, v + 1, W_advised)));
}

/* After a party (at word k): "should", "is requested to", "are asked to",
 * "may wish to" ... Returns the word index of the asked verb, or 0. */
static size_t tk_modal(const struct tk_sentence *S, size_t k)
{
	static const enum tk_wid asked[] = {
		W_requested, W_asked, W_instructed, W_directed, W_encouraged,
		W_invited, W_tasked, W_urged, W_authorized, W_expected,
		W_required, W_requested, W_NONE,
	};
	while (tk_in(S, k, tk_modal_adverbs))
		k++;
	if (tk_is(S, k, W_should) || tk_is(S, k, W_shall) || tk_is(S, k, W_must)) {
		size_t v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		return v < S->n ? v : 0;
	}
	if ((tk_is(S, k, W_may) || tk_is(S, k, W_might)) &&
	    (tk_is(S, k + 1, W_wish) || tk_is(S, k + 1, W_want)) &&
	    tk_is(S, k + 2, W_to))
		return k + 3 < S->n ? k + 3 : 0;
	if ((tk_is(S, k, W_need) || tk_is(S, k, W_needs)) && tk_is(S, k + 1, W_to))
		return k + 2 < S->n ? k + 2 : 0;
	if (tk_is(S, k, W_is) || tk_is(S, k, W_are)) {
		size_t v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (tk_in(S, v, asked) && tk_is(S, v + 1, W_to)) {
			v += 2;
			if (tk_is(S, v, W_please))
				v++;
			return v < S->n ? v : 0;
		}
	}
	return 0;
}

/* "requests", "asks", "would appreciate" ... after a requester at word k.
 * Returns the index after the verb (and "that"), or 0. */
static size_t tk_request_verb(const struct tk_sentence *S, size_t k, bool post,
                              bool *object_only)
{
	static const enum tk_wid wash_verbs[] = {
		W_requests, W_request, W_asks, W_ask, W_instructs, W_instruct,
		W_directs, W_direct, W_urges, W_urge, W_encourages, W_encourage,
		W_wants, W_NONE,
	};
	static const enum tk_wid post_verbs[] = {
		W_requests, W_request, W_recommends, W_recommend, W_urges, W_urge,
		W_seeks, W_seek, W_asks, W_ask, W_suggests, W_suggest, W_proposes,
		W_propose, W_NONE,
	};
	static const enum tk_wid would_verbs[] = {
		W_appreciate, W_welcome, W_like, W_urge, W_recommend, W_suggest,
		W_ask, W_request, W_encourage, W_NONE,
	};
	*object_only = false;
	while (tk_in(S, k, tk_modal_adverbs))
		k++;
	size_t v;
	if (tk_is(S, k, W_would)) {
		v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (!tk_in(S, v, would_verbs))
			return 0;
		/* "would like to begin": the writer's own plan */
		if (tk_is(S, v, W_like) && tk_is(S, v + 1, W_to))
			return 0;
		*object_only = tk_is(S, v, W_appreciate) || tk_is(S, v, W_welcome);
		v++;
	} else if (tk_in(S, k, post ? post_verbs : wash_verbs)) {
		v = k + 1;
		*object_only = true;
	} else {
		return 0;
	}
	if (tk_is(S, v, W_it) && tk_is(S, v + 1, W_if))
		v += 2;
	if (tk_is(S, v, W_that))
		v++;
	return v;
}

/* Nouns that name what a post asks Washington for. */
static const enum tk_wid tk_request_nouns[] = {
	W_guidance, W_views, W_view, W_comments, W_instructions, W_approval,
	W_concurrence, W_authorization, W_authority, W_clearance, W_response,
	W_reply, W_assistance, W_support, W_input, W_information, W_advice,
	W_decision, W_funding, W_funds, W_clarification, W_confirmation, W_help,
	W_resources, W_feedback, W_thoughts, W_NONE,
};

/* Is word i a possessive ("Post's", "Ambassador’s", "Embassy,s")? */
static bool tk_possessive(const struct tk_sentence *S, size_t i)
{
	size_t e = S->w[i].e;
	const char *s = S->s;
	if (e >= 2 && s[e - 2] == '\'' && (s[e - 1] == 's' || s[e - 1] == 'S'))
		return true;
	if (e < S->len && (s[e] == ',' || s[e] == '\'') && e + 1 < S->len &&
	    (s[e + 1] == 's' || s[e + 1] == 'S'))
		return true;
	return e + 3 < S->len && (unsigned char)s[e] == 0xE2 &&
	       (unsigned char)s[e + 1] == 0x80 && (unsigned char)s[e + 2] == 0x99 &&
	       (s[e + 3] == 's' || s[e + 3] == 'S');
}

/* Reported speech or a quotation: "Please tell Washington," he said. */
static bool tk_speech(const struct tk_sentence *S)
{
	static const enum tk_wid said[] = {
		W_said, W_says, W_told, W_asked, W_according, W_stated, W_added,
		W_replied, W_noted, W_stressed, W_commented, W_argued, W_NONE,
	};
	for (size_t k = 0; k < S->len; k++) {
		unsigned char ch = (unsigned char)S->s[k];
		if (ch == '"')
			return true;
		if (ch == 0xE2 && k + 2 < S->len && (unsigned char)S->s[k + 1] == 0x80 &&
		    ((unsigned char)S->s[k + 2] == 0x9C || (unsigned char)S->s[k + 2] == 0x9D))
			return true;
	}
	for (size_t i = 0; i < S->n; i++)
		if (tk_in(S, i, said))
			return true;
	return false;
}

/* Does the word after "please" read as the verb of a request (not "please
 * his audience", "please Moscow")? */
static bool tk_please_verb(const struct tk_sentence *S, size_t v)
{
	static const enum tk_wid objects[] = {
		W_his, W_her, W_their, W_its, W_a, W_an, W_the, W_our, W_your, W_them,
		W_him, W_everyone, W_both, W_all, W_voters, W_us, W_me, W_NONE,
	};
	if (v >= S->n || tk_in(S, v, tk_please_not) || tk_in(S, v, objects))
		return false;
	return S->caps || !tk_capitalised(S, v) || v == 0 ||
	       isupper((unsigned char)S->s[S->w[v - 1].s]);
}

/* Does S name a Washington party, or a request noun, after word k? */
static bool tk_names_ask(struct tk_ctx *x, const struct tk_sentence *S, size_t k)
{
	for (size_t i = k; i < S->n; i++) {
		size_t used = 0;
		if (tk_in(S, i, tk_request_nouns) || tk_is(S, i, W_you) ||
		    tk_is(S, i, W_usg) || tk_is(S, i, W_interagency))
			return true;
		if (tk_agency(x, S, i, &used) || used)
			return true;
	}
	return false;
}

/* Requesters in Washington's cables. */
static const enum tk_wid tk_wash_requesters[] = {
	W_department, W_washington, W_we, W_dept, W_state, W_NONE,
};

/* A request from Washington in S starting at word i.  Fills hit. */
static bool tk_match_wash(struct tk_ctx *x, struct tk_para *P,
                          const struct tk_sentence *S, size_t i, size_t cs,
                          bool strong_only, struct tk_hit *hit)
{
	struct tk_parties named;
	bool generic = false;
	size_t e;

	/* "For Embassy Kyiv, please approach" narrows the paragraph */
	if (i == cs && tk_is(S, i, W_for)) {
		e = tk_post_phrase(x, S, i + 1, &named, &generic);
		if (e > i + 1 && named.n) {
			P->scope.n = 0;
			tk_add_all(&P->scope, &named);
		}
		return false;
	}
	/* a party: "Post should", "Embassy X is requested to", "Embassy
	 * Madrid please see", "Embassies Stockholm and Madrid are ..." */
	e = tk_post_phrase(x, S, i, &named, &generic);
	if (e > i) {
		size_t v = tk_modal(S, e);
		if (v && tk_note_only(S, v))
			return false;
		if (v) {
			if (named.n) {
				P->scope.n = 0;
				tk_add_all(&P->scope, &named);
			}
			tk_resolve(x, P, &named, hit);
			hit->quote_from = i;
			hit->verb = v;
			hit->verb_end = v;
			return true;
		}
		if (named.n && tk_is(S, e, W_please)) {
			P->scope.n = 0;
			tk_add_all(&P->scope, &named);
			if (tk_in(S, e + 1, tk_please_not))
				return false;
			tk_resolve(x, P, &named, hit);
			hit->quote_from = i;
			hit->verb = e + 1;
			hit->verb_end = e + 1;
			return !strong_only;
		}
		return false;
	}
	/* "Department requests action addressees report", "Washington
	 * requests Post pursue", "We would appreciate Post's views" */
	if ((tk_in(S, i, tk_wash_requesters) && !tk_possessive(S, i)) ||
	    (tk_is(S, i, W_the) && tk_is(S, i + 1, W_department) &&
	     !tk_possessive(S, i + 1))) {
		size_t r = tk_is(S, i, W_the) ? i + 2 : i + 1;
		/* "Washington analysts would appreciate Post's insight" */
		if (tk_is(S, r, W_analysts) || tk_is(S, r, W_agencies) ||
		    tk_is(S, r, W_policymakers) || tk_is(S, r, W_officials))
			r++;
		bool object_only;
		size_t v = tk_request_verb(S, r, false, &object_only);
		if (!v)
			return false;
		e = tk_post_phrase(x, S, v, &named, &generic);
		if (e > v) {
			if (tk_is(S, e, W_to))
				e++;
			tk_resolve(x, P, &named, hit);
			hit->quote_from = i;
			hit->verb = e;
			hit->verb_end = e;
			return true;
		}
		if (strong_only || !(tk_is(S, r, W_requests) || tk_is(S, r, W_request) ||
		                     tk_is(S, r, W_would) || tk_is(S, r, W_asks) ||
		                     tk_is(S, r, W_ask)))
			return false;
		/* "Washington would like Malta and Iceland, whose ..., to take
		 * part": what Washington wants of other governments */
		if (tk_foreign_object(x, S, v, 24))
			return false;
		tk_resolve(x, P, NULL, hit);
		hit->quote_from = i;
		hit->verb = v;
		hit->verb_end = v;
		hit->object_only = object_only;
		return true;
	}
	if (strong_only)
		return false;
	/* "Request Embassy Madrid approach" */
	if (i == cs && tk_is(S, i, W_request)) {
		e = tk_post_phrase(x, S, i + 1, &named, &generic);
		if (e > i + 1) {
			tk_resolve(x, P, &named, hit);
			hit->quote_from = i;
			hit->verb = e;
			hit->verb_end = e;
			return true;
		}
		return false;
	}
	/* "please approach" */
	if (tk_is(S, i, W_please)) {
		size_t v = i + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (!tk_please_verb(S, v) || tk_poc(S))
			return false;
		tk_resolve(x, P, NULL, hit);
		hit->quote_from = i;
		hit->verb = v;
		hit->verb_end = v;
		return true;
	}
	/* "Approach host government officials ..." */
	if (i == cs && tk_in(S, i, tk_imperatives) && tk_capitalised(S, i) &&
	    !tk_is(S, i + 1, W_to) && !tk_is(S, i + 1, W_of) &&
	    !tk_is(S, i + 1, W_is) && !tk_is(S, i + 1, W_was)) {
		tk_resolve(x, P, NULL, hit);
		hit->quote_from = i;
		hit->verb = i;
		hit->verb_end = i;
		return true;
	}
	/* "A negative report is requested" */
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) && tk_is(S, i + 1, W_requested) &&
	    i > 0 && !tk_is(S, i - 1, W_not) && !tk_is(S, i + 2, W_by)) {
		tk_resolve(x, P, NULL, hit);
		hit->quote_from = cs;
		hit->verb = cs;
		hit->verb_end = i + 2;
		hit->object_only = true;
		return true;
	}
	return false;
}

/* A request from a post to Washington in S starting at word i. */
/* The words of the originating post's own place at word i ("San Jose
 * requests that ..."): how many, or 0. */
static size_t tk_own_name(const struct tk_ctx *x, const struct tk_sentence *S,
                          size_t i)
{
	const char *p = x->own;
	size_t k = i;
	if (!p || S->w[i].e - S->w[i].s != x->own_len1 ||
	    toupper((unsigned char)S->s[S->w[i].s]) != (unsigned char)*p)
		return 0;
	while (*p && k < S->n) {
		const struct tk_word *w = &S->w[k];
		size_t n = w->e - w->s;
		if (strncasecmp(S->s + w->s, p, n) != 0 || (p[n] != ' ' && p[n] != '\0'))
			return 0;
		p += n;
		while (*p == ' ')
			p++;
		k++;
	}
	return *p ? 0 : k - i;
}

static bool tk_match_post(struct tk_ctx *x, struct tk_para *P,
                          const struct tk_sentence *S,
                          size_t i, size_t cs, bool strong_only,
                          struct tk_hit *hit)
{
	static const enum tk_wid singular[] = {
		W_post, W_embassy, W_mission, W_ambassador, W_consulate, W_chancery,
		W_team, W_prt, W_eprt, W_irpo, W_NONE,
	};
	static const enum tk_wid plural[] = { W_we, W_i, W_NONE };
	static const enum tk_wid heads[] = {
		W_post, W_embassy, W_mission, W_consulate, W_NONE,
	};
	static const enum tk_wid strong_sg[] = {
		W_requests, W_recommends, W_urges, W_asks, W_NONE,
	};
	static const enum tk_wid strong_pl[] = {
		W_request, W_recommend, W_urge, W_ask, W_NONE,
	};
	static const enum tk_wid weak_sg[] = {
		W_suggests, W_proposes, W_seeks, W_encourages, W_NONE,
	};
	static const enum tk_wid weak_pl[] = {
		W_suggest, W_propose, W_seek, W_encourage, W_NONE,
	};
	static const enum tk_wid would_strong[] = {
		W_appreciate, W_urge, W_recommend, W_ask, W_request, W_NONE,
	};
	static const enum tk_wid would_weak[] = {
		W_welcome, W_like, W_suggest, W_encourage, W_propose, W_NONE,
	};
	struct tk_parties named;
	/* "DOD or CENTCOM should undertake", "Washington should not allow" */
	size_t e = tk_wash_phrase(x, S, i, &named);
	if (e > i && !(i > 0 && tk_is(S, i - 1, W_that))) {
		size_t v = tk_modal(S, e);
		if (v && !tk_is(S, v, W_expect)) {
			hit->parties = named;
			hit->sets_scope = true;
			hit->quote_from = i;
			hit->verb = v;
			hit->verb_end = v;
			return true;
		}
	}
	/* "Post would appreciate", "We request", "Embassy Caracas requests",
	 * "Mission requests that", "we strongly recommend that" */
	size_t q = i;
	size_t own = tk_own_name(x, S, i);   /* "San Jose requests that" */
	if (tk_is(S, q, W_the) || tk_is(S, q, W_country))
		q++;
	if ((own && !tk_possessive(S, i + own - 1)) ||
	    (q < S->n && (tk_in(S, q, singular) || tk_in(S, q, plural)) &&
	     !tk_possessive(S, q) && (q == i || !tk_is(S, i, W_country) ||
	                              tk_is(S, q, W_team)))) {
		bool sg = own || tk_in(S, q, singular);
		size_t r = own ? i + own : q + 1;
		/* the post's own name: "Embassy Caracas requests" */
		if (!own && tk_in(S, q, heads) && !S->caps)
			for (int k = 0; k < 3 && tk_capitalised(S, r) &&
			     !tk_gap_has(S, r, ':') && !tk_gap_has(S, r, ',') &&
			     !tk_possessive(S, r); k++)
				r++;
		while (tk_in(S, r, tk_modal_adverbs))
			r++;
		size_t v;
		bool weak = false, object_only = true;
		if (tk_is(S, r, W_would)) {
			v = r + 1;
			while (tk_in(S, v, tk_modal_adverbs))
				v++;
			hit->ask = S->w[v < S->n ? v : r].id;
			if (tk_in(S, v, would_weak))
				weak = true;
			else if (!tk_in(S, v, would_strong))
				return false;
			if (tk_is(S, v, W_like) && tk_is(S, v + 1, W_to))
				return false;
			v++;
		} else if (tk_in(S, r, sg ? strong_sg : strong_pl)) {
			v = r + 1;
			hit->ask = S->w[r].id;
		} else if (tk_in(S, r, sg ? weak_sg : weak_pl)) {
			v = r + 1;
			weak = true;
			hit->ask = S->w[r].id;
		} else {
			return false;
		}
		if (tk_is(S, v, W_for) || tk_is(S, v, W_to))
			return false;       /* "request for an update": a noun */
		if ((hit->ask == W_urge || hit->ask == W_urges || hit->ask == W_encourage ||
		     hit->ask == W_encourages) && tk_foreign_object(x, S, v, 4))
			return false;
		if (weak && !tk_names_ask(x, S, v))
			return false;
		bool clause = tk_is(S, v, W_that);
		if (clause)
			v++;
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		/* "requests that Embassies Managua and Panama ask ...": what is
		 * asked starts at the parties' own verb */
		struct tk_parties asked;
		bool generic = false;
		size_t pe = clause ? tk_post_phrase(x, S, v, &asked, &generic) : v;
		if (pe > v && pe < S->n) {
			v = tk_is(S, pe, W_to) ? pe + 1 : pe;
			object_only = false;
		}
		hit->quote_from = i;
		hit->verb = v;
		hit->verb_end = v;
		hit->object_only = object_only;
		return true;
	}
	if (strong_only)
		return false;
	/* "The Department's guidance ... is requested" */
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) &&
	    (tk_is(S, i + 1, W_requested) || tk_is(S, i + 1, W_sought)) &&
	    i > 0 && !tk_is(S, i - 1, W_not) && !tk_is(S, i + 2, W_by)) {
		bool noun = false;
		for (size_t k = cs; k < i && !noun; k++)
			noun = tk_in(S, k, tk_request_nouns);
		if (!noun)
			return false;
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->quote_from = cs;
		hit->verb = cs;
		hit->verb_end = i + 2;
		hit->object_only = true;
		return true;
	}
	/* "Please advise", "Request Department guidance" */
	if (i == cs && ((tk_is(S, i, W_please) && tk_please_verb(S, i + 1) && !tk_poc(S)) ||
	                (tk_is(S, i, W_request) && tk_capitalised(S, i) &&
	                 tk_names_ask(x, S, i + 1)))) {
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->quote_from = i;
		hit->verb = i + 1;
		hit->verb_end = i + 1;
		hit->object_only = tk_is(S, i, W_request);
		return true;
	}
	return false;
}

/* Can a request start at word i?  Every pattern above starts at a word of
 * the vocabulary, a word that may begin a party_agency() phrase or, in
 * Washington's cables, a short name in capitals ("USOSCE should"); other
 * words are skipped without trying them. */
static bool tk_may_start(const struct tk_ctx *x, const struct tk_sentence *S,
                         size_t i)
{
	const struct tk_word *w = &S->w[i];
	if (w->id != W_NONE || w->agency)
		return true;
	if (!x->washington && x->own)
		return tk_own_name(x, S, i) > 0;
	return x->washington && !S->caps && w->e - w->s >= 3;
}

/* ---- pointers: "This is an action request, see paras 4 and 7" -------- */

static bool tk_action_words(const struct tk_sentence *S)
{
	if (!(S->flags & TK_F_ACTION))
		return false;
	for (size_t i = 0; i + 1 < S->n; i++) {
		if (tk_is(S, i, W_action) &&
		    (tk_is(S, i + 1, W_request) || tk_is(S, i + 1, W_requests) ||
		     tk_is(S, i + 1, W_requested) || tk_is(S, i + 1, W_item) ||
		     tk_is(S, i + 1, W_items)))
			return true;
		if (tk_is(S, i, W_request) && tk_is(S, i + 1, W_for) &&
		    tk_is(S, i + 2, W_guidance))
			return true;
	}
	return false;
}

static bool tk_para_word(const struct tk_sentence *S, size_t i)
{
	return tk_is(S, i, W_para) || tk_is(S, i, W_paras) ||
	       tk_is(S, i, W_paragraph) || tk_is(S, i, W_paragraphs) ||
	       tk_is(S, i, W_par) || tk_is(S, i, W_pars);
}

/* A paragraph number word: "4", "13"; 0 when not one. */
static int tk_number(const struct tk_sentence *S, size_t i, int *hi)
{
	if (i >= S->n)
		return 0;
	const char *p = S->s + S->w[i].s, *end = S->s + S->w[i].e;
	int a = 0;
	while (p < end && isdigit((unsigned char)*p) && a < 1000)
		a = a * 10 + (*p++ - '0');
	if (a == 0)
		return 0;
	*hi = a;
	if (p < end && *p == '-') {
		int b = 0;
		p++;
		while (p < end && isdigit((unsigned char)*p) && b < 1000)
			b = b * 10 + (*p++ - '0');
		if (b > a && b - a < 20)
			*hi = b;
	}
	return p == end || *hi != a ? a : 0;
}

/* Reads the paragraph numbers after a para word at k into P. */
static void tk_read_refs(const struct tk_sentence *S, size_t k, struct tk_para *P)
{
	size_t i = k + 1;
	for (;;) {
		int hi, lo = tk_number(S, i, &hi);
		if (!lo)
			return;
		if ((tk_is(S, i + 1, W_through) || tk_is(S, i + 1, W_to)) &&
		    tk_number(S, i + 2, &hi) && hi > lo && hi - lo < 20)
			i += 2;
		for (int n = lo; n <= hi; n++)
			if (P->npointed < sizeof P->pointed / sizeof P->pointed[0])
				P->pointed[P->npointed++] = n;
		i++;
		if (tk_is(S, i, W_and) || tk_is(S, i, W_or))
			i++;
		else if (!tk_gap_has(S, i, ','))
			return;
		if (tk_para_word(S, i))
			i++;
	}
}

/* Does S point to other paragraphs as the action request?  prev_action:
 * the sentence before said "This is an action request." */
static bool tk_pointer(struct tk_ctx *x, const struct tk_sentence *S,
                       bool prev_action, struct tk_para *P,
                       struct tk_parties *named)
{
	named->n = 0;
	if (!(S->flags & TK_F_PARA))
		return false;
	bool action = tk_action_words(S);
	size_t before = P->npointed;
	bool saw = false;           /* "See action request for X, para 11" */
	for (size_t k = 1; k < S->n; k++) {
		saw |= tk_is(S, k - 1, W_see);
		if (!tk_para_word(S, k))
			continue;
		bool see = tk_is(S, k - 1, W_see) || (action && saw);
		bool in_request = (tk_is(S, k - 1, W_in) || tk_is(S, k - 1, W_at)) &&
		                  (tk_is(S, k - 2, W_request) || tk_is(S, k - 2, W_requests));
		if (!see && !in_request)
			continue;
		bool ok = action || prev_action || in_request;
		if (see && k >= 2 && tk_is(S, k - 2, W_please))
			ok = true;
		if (see && !ok) {
			/* "Embassies Madrid and Stockholm see para 6" */
			for (size_t j = 0; j + 1 < k && !ok; j++) {
				struct tk_parties n;
				bool g;
				size_t e = tk_post_phrase(x, S, j, &n, &g);
				if (e > j && n.n && (tk_is(S, e, W_see) ||
				                     (tk_is(S, e, W_please) && tk_is(S, e + 1, W_see))))
					ok = true;
			}
		}
		if (ok)
			tk_read_refs(S, k, P);
	}
	if (P->npointed == before)
		return false;
	/* who it is for: "for USOSCE and UNVIE", "Embassy Madrid please see" */
	for (size_t j = 0; j < S->n; j++) {
		struct tk_parties n;
		bool g;
		size_t e = tk_post_phrase(x, S, j, &n, &g);
		if (e > j) {
			tk_add_all(named, &n);
			j = e - 1;
		}
	}
	return true;
}

/* ---- sentences ------------------------------------------------------ */

struct tk_abbrev {
	char s[8];
	size_t n;
};
#define TK_AB(w) { w, sizeof w - 1 }
static const struct tk_abbrev tk_abbrevs[] = {
	TK_AB("para"), TK_AB("paras"), TK_AB("no"), TK_AB("mr"), TK_AB("mrs"),
	TK_AB("ms"), TK_AB("dr"), TK_AB("amb"), TK_AB("gen"), TK_AB("lt"),
	TK_AB("col"), TK_AB("st"), TK_AB("e.g"), TK_AB("i.e"), TK_AB("vs"),
	TK_AB("u.s"), TK_AB("jan"), TK_AB("feb"), TK_AB("mar"), TK_AB("apr"),
	TK_AB("jun"), TK_AB("jul"), TK_AB("aug"), TK_AB("sep"), TK_AB("sept"),
	TK_AB("oct"), TK_AB("nov"), TK_AB("dec"), TK_AB("ref"), TK_AB("refs"),
	TK_AB("u.n"), TK_AB("sen"), TK_AB("rep"), TK_AB("gov"), TK_AB("adm"),
	TK_AB("maj"), TK_AB("capt"), TK_AB("cdr"), TK_AB("messrs"),
	TK_AB("approx"), TK_AB("nos"),
};
#undef TK_AB
enum { TK_ABBREV_MAX = 6 };     /* the longest of them */

/* The end of the sentence starting at b in s[0..len). */
static size_t tk_sentence_end(const char *s, size_t len, size_t b)
{
	/* the bytes that may end a sentence */
	static const bool stop[256] = {
		['\n'] = true, ['.'] = true, ['?'] = true, ['!'] = true,
	};
	for (size_t i = b; i < len; i++) {
		while (i < len && !stop[(unsigned char)s[i]])
			i++;
		if (i >= len)
			break;
		char ch = s[i];
		if (ch == '\n')
			return i;
		size_t j = i + 1;
		while (j < len && (s[j] == ')' || s[j] == '"'))
			j++;
		if (j < len && s[j] != ' ' && s[j] != '\n' && s[j] != '\t')
			continue;
		while (j < len && (s[j] == ' ' || s[j] == '\t'))
			j++;
		if (j < len && islower((unsigned char)s[j]))
			continue;
		if (ch == '.') {
			/* the word before the dot: an abbreviation or an initial? */
			size_t w = i;
			while (w > b && (isalpha((unsigned char)s[w - 1]) || s[w - 1] == '.'))
				w--;
			size_t wl = i - w;
			if (wl == 1 && isupper((unsigned char)s[w]))
				continue;
			bool abbrev = false;
			for (size_t a = 0; wl <= TK_ABBREV_MAX && !abbrev &&
			     a < sizeof tk_abbrevs / sizeof tk_abbrevs[0]; a++)
				if (tk_abbrevs[a].n == wl &&
				    strncasecmp(s + w, tk_abbrevs[a].s, wl) == 0)
					abbrev = true;
			if (abbrev && j < len && isdigit((unsigned char)s[j]))
				continue;   /* "Para. 13", "No. 5" */
			if (abbrev && wl <= 4 && !(j < len && isupper((unsigned char)s[j])))
				continue;
		}
		return i + 1;
	}
	return len;
}

/* "Begin text:", "BEGIN TALKING POINTS", "Begin points:" ... */
static bool tk_begins_quote(const struct tk_sentence *S)
{
	static const enum tk_wid what[] = {
		W_text, W_points, W_talking, W_nonpaper, W_non_paper, W_quote,
		W_demarche, W_letter, W_statement, W_message, W_NONE,
	};
	if (!(S->flags & TK_F_BEGIN))
		return false;
	for (size_t i = 0; i + 1 < S->n; i++) {
		if (!tk_is(S, i, W_begin))
			continue;
		for (size_t k = i + 1; k < S->n && k <= i + 4; k++)
			if (tk_in(S, k, what))
				return true;
	}
	return false;
}

static bool tk_ends_quote(const struct tk_sentence *S)
{
	if (!(S->flags & TK_F_END))
		return false;
	for (size_t i = 0; i + 1 < S->n; i++)
		if (tk_is(S, i, W_end) && (tk_is(S, i + 1, W_text) || tk_is(S, i + 1, W_points) ||
		                           tk_is(S, i + 1, W_talking) || tk_is(S, i + 1, W_quote) ||
		                           tk_is(S, i + 1, W_nonpaper) || tk_is(S, i + 1, W_non_paper)))
			return true;
	return false;
}

/* Copies S's words [from, to) into the arena with the white space folded,
 * leaving out the bytes [cut_b, cut_e) (the deadline). */
static const char *tk_text(struct cable *c, const struct tk_sentence *S,
                           size_t from, size_t to, size_t cut_b, size_t cut_e)
{
	if (from >= to || from >= S->n)
		return NULL;
	if (to > S->n)
		to = S->n;
	size_t b = S->w[from].s, e = S->w[to - 1].e;
	/* keep a closing quote or parenthesis that belongs to the words */
	char *out = arena_alloc(&c->arena, e - b + 1);
	size_t o = 0;
	for (size_t i = b; i < e; i++) {
		if (i >= cut_b && i < cut_e)
			continue;
		char ch = S->s[i];
		/* "guidance NLT Monday, February 8, on how": the comma that
		 * closed the cut deadline goes with it */
		if (i >= cut_e && cut_e > cut_b && i > b && ch == ',') {
			size_t k = cut_e;
			while (k < i && S->s[k] == ' ')
				k++;
			if (k == i)
				continue;
		}
		if (ch == '\n' || ch == '\t' || ch == '\r')
			ch = ' ';
		if (ch == ' ' && (o == 0 || out[o - 1] == ' '))
			continue;
		/* a cut deadline leaves "intentions , so that": no space
		 * before punctuation */
		if ((ch == ',' || ch == ';' || ch == '.' || ch == ')') && o &&
		    out[o - 1] == ' ')
			o--;
		out[o++] = ch;
	}
	while (o && (out[o - 1] == ' ' || out[o - 1] == ',' || out[o - 1] == '-' ||
	             out[o - 1] == ':' || out[o - 1] == ';'))
		o--;
	out[o] = '\0';
	return o ? out : NULL;
}

/* The word index where the clause of word v ends (a full stop, a colon, a
 * semicolon, a parenthesis or a dash). */
static size_t tk_clause_end(const struct tk_sentence *S, size_t v, size_t max)
{
	size_t i = v + 1;
	while (i < S->n && i < v + max) {
		bool stop = false;
		for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
			if (S->s[k] == ';' || S->s[k] == ':' || S->s[k] == '(' ||
			    (S->s[k] == '-' && k + 1 < S->w[i].s && S->s[k + 1] == '-'))
				stop = true;
		if (stop)
			break;
		i++;
	}
	return i;
}

/* Words a checklist line should not end on ("... support for"). */
static const enum tk_wid tk_dangling[] = {
	W_to, W_for, W_of, W_the, W_a, W_an, W_and, W_or, W_with, W_on, W_in,
	W_by, W_at, W_from, W_as, W_that, W_is, W_are, W_be, W_was, W_were,
	W_his, W_her, W_their, W_its, W_our, W_your, W_which, W_who, W_whose,
	W_when, W_how, W_into, W_including, W_particularly, W_while, W_about,
	W_between, W_this, W_these, W_those, W_any, W_all, W_will, W_would,
	W_could, W_should, W_can, W_may, W_not, W_also, W_NONE,
};

/* Where a checklist line from word v ends: the clause's end when it comes
 * within a few words of TK_SUMMARY_WORDS; else TK_SUMMARY_WORDS words less
 * the words it should not end on ("to", "the", "for"). */
static size_t tk_summary_end(const struct tk_sentence *S, size_t v)
{
	size_t to = tk_clause_end(S, v, TK_SUMMARY_WORDS);
	if (to < v + TK_SUMMARY_WORDS || to >= S->n)
		return to;
	size_t longer = tk_clause_end(S, v, TK_SUMMARY_WORDS + 5);
	if (longer < v + TK_SUMMARY_WORDS + 5)
		return longer;
	while (to > v + 4 && tk_in(S, to - 1, tk_dangling))
		to--;
	return to;
}

/* A US party as the subject of a post's recommendation ("that Washington
 * strongly consider", "you frame our goals", "SecDef also emphasize", "DOD
 * and State officials raise", "Washington to explore"): the word index of
 * its verb, or k when the words at k are no such subject. */
static size_t tk_us_subject(const struct tk_sentence *S, size_t k)
{
	const enum tk_wid *us = tk_us_words;
	static const enum tk_wid roles[] = {
		W_agencies, W_officials, W_interlocutors, W_policymakers,
		W_principals, W_leaders, W_NONE,
	};
	static const enum tk_wid modals[] = {
		W_could, W_would, W_should, W_will, W_can, W_to, W_NONE,
	};
	size_t i = k;
	if (tk_is(S, i, W_the))
		i++;
	if (!tk_in(S, i, us))
		return k;
	i++;
	/* "Secretary Gates", "DOD and State officials", "USG agencies" */
	while (i < S->n) {
		if (tk_in(S, i, us) || tk_in(S, i, roles) ||
		    (!S->caps && tk_capitalised(S, i) && !tk_gap_has(S, i, ',')))
			i++;
		else if (tk_is(S, i, W_and) && (tk_in(S, i + 1, us) || tk_capitalised(S, i + 1)))
			i++;
		else
			break;
	}
	/* "Department guidance", "Washington's view": a noun, not a subject */
	if (tk_possessive(S, i - 1) || tk_in(S, i, tk_request_nouns))
		return k;
	while (tk_in(S, i, tk_modal_adverbs) || tk_in(S, i, modals))
		i++;
	if (i >= S->n || S->w[i].id == W_please || tk_gap_has(S, i, ',') ||
	    (!S->caps && tk_capitalised(S, i)) || tk_in(S, i, tk_request_nouns))
		return k;
	return i;
}

/* Is w a verb of advice ("we recommend high level approaches")? */
static bool tk_advice(enum tk_wid w)
{
	return w == W_recommend || w == W_recommends || w == W_suggest ||
	       w == W_suggests || w == W_propose || w == W_proposes;
}

/* Does word i read as a gerund ("initiating", "proceeding")? */
static bool tk_gerund(const struct tk_sentence *S, size_t i)
{
	if (i >= S->n || (!S->caps && tk_capitalised(S, i)))
		return false;
	size_t b = S->w[i].s, e = S->w[i].e;
	return e - b > 5 && strncasecmp(S->s + e - 3, "ing", 3) == 0;
}

/* A checklist line: "approach host-country officials to pursue the
 * objectives", "provide guidance on how to respond to Aliyev's concerns".
 * A post's recommendation reads as what Washington is to do: "we recommend
 * that Washington strongly consider the following actions" -> "Consider
 * the following actions"; "we recommend initiating an early dialogue" ->
 * "Consider initiating an early dialogue"; "Post requests Department
 * guidance" -> "Provide Department guidance". */
static const char *tk_summary(struct cable *c, const struct tk_sentence *S,
                              const struct tk_hit *hit, const struct deadline *dl,
                              bool have_dl)
{
	size_t from = hit->verb;
	size_t cut_b = (size_t)-1, cut_e = 0;
	if (have_dl) {
		cut_b = dl->start;
		cut_e = dl->start + dl->len;
	}
	/* "please" and adverbs are not the action */
	while (from < S->n && (tk_is(S, from, W_please) || tk_in(S, from, tk_modal_adverbs)))
		from++;
	const char *body;
	if (hit->verb_end > hit->verb && hit->verb == hit->quote_from) {
		/* "The Department's guidance ... is requested": the subject */
		size_t s = from;
		if (tk_is(S, s, W_the) || tk_is(S, s, W_a) || tk_is(S, s, W_an))
			s++;
		size_t e = hit->verb_end >= 2 ? hit->verb_end - 2 : s;
		if (e > s + TK_SUMMARY_WORDS)
			e = s + TK_SUMMARY_WORDS;
		body = tk_text(c, S, s, e, cut_b, cut_e);
		return body ? arena_printf(&c->arena, "Provide %s", body) : NULL;
	}
	const char *lead = NULL;
	if (hit->object_only && !tk_is(S, from, W_to)) {
		size_t v = tk_us_subject(S, from);
		if (v > from)
			from = v;               /* the clause's own verb */
		else if (hit->ask == W_urge || hit->ask == W_urges)
			lead = "Urge";          /* "we urge the RTG to issue" */
		else if (hit->ask == W_encourage || hit->ask == W_encourages)
			lead = "Encourage";
		else if (tk_gerund(S, from))
			lead = "Consider";
		else if (from > 0 && tk_is(S, from - 1, W_that))
			lead = "Consider:";     /* "that he be invited to Washington" */
		else
			lead = tk_advice(hit->ask) ? "Consider" : "Provide";
	}
	size_t to = tk_summary_end(S, from);
	/* "respond NLT October 15 -- to include its views on ...": with the
	 * deadline cut, a line of one or two words runs on to the next clause */
	size_t kept = 0;
	for (size_t k = from; k < to; k++)
		kept += S->w[k].s < cut_b || S->w[k].s >= cut_e;
	if (kept < 3 && to < S->n)
		to = tk_summary_end(S, to);
	body = tk_text(c, S, from, to, cut_b, cut_e);
	if (!body)
		return NULL;
	char *out = lead ? arena_printf(&c->arena, "%s %s", lead, body)
	                 : arena_strdup(&c->arena, body);
	/* a checklist line starts with a capital; proper nouns keep theirs */
	if (islower((unsigned char)out[0]))
		out[0] = (char)toupper((unsigned char)out[0]);
	return out;
}

/* ---- paragraphs ----------------------------------------------------- */

/* Reads one stretch of prose (a paragraph's text or a child's). */
static void tk_read_prose(struct tk_ctx *x, struct tk_para *P, const char *text,
                          bool strong_only, bool *in_quote)
{
	if (!text)
		return;
	size_t len = strlen(text), b = 0;
	bool prev_action = false;
	struct tk_sentence *S = &x->sent;
	while (b < len) {
		while (b < len && isspace((unsigned char)text[b]))
			b++;
		if (b >= len)
			break;
		size_t e = tk_sentence_end(text, len, b);
		tk_words(S, text + b, e - b);
		b = e;
		if (S->n == 0)
			continue;
		if (*in_quote) {
			if (tk_ends_quote(S))
				*in_quote = false;
			continue;
		}
		if (tk_begins_quote(S)) {
			size_t i = 0;
			while (i < S->n && !tk_is(S, i, W_begin))
				i++;
			*in_quote = !tk_ends_quote(S);
			if (i == 0)
				continue;
			S->n = i;   /* the words before "Begin text" still count */
		}
		if (!strong_only) {
			struct tk_parties named;
			if (tk_pointer(x, S, prev_action, P, &named)) {
				tk_add_all(&P->pointer_parties, &named);
				if (!P->pointer_quote)
					P->pointer_quote = tk_text(x->c, S, 0, S->n < TK_QUOTE_WORDS ?
					                           S->n : TK_QUOTE_WORDS, (size_t)-1, 0);
			}
			prev_action = tk_action_words(S);
		}
		size_t cs = tk_clause_start(S);
		struct tk_hit hit;
		hit.parties.n = 0;
		hit.quote_from = hit.verb = hit.verb_end = 0;
		hit.object_only = hit.sets_scope = false;
		hit.ask = W_NONE;
		bool got = false;
		for (size_t i = 0; i < S->n && !got; i++)
			if (tk_may_start(x, S, i))
				got = x->washington ? tk_match_wash(x, P, S, i, cs, strong_only, &hit)
				                    : tk_match_post(x, P, S, i, cs, strong_only, &hit);
		/* in a post's cable, quoted or reported speech asks nothing */
		if (!got || (!x->washington && tk_speech(S)))
			continue;
		if (hit.sets_scope)
			P->scope = hit.parties;
		if (hit.parties.n == 0)
			continue;
		tk_add_all(&P->parties, &hit.parties);
		struct deadline dl;
		bool have = deadline_find(S->s, S->len, &x->c->dtg, &dl);
		if (have && (!P->have_dl || (dl.dated && !P->dl.dated))) {
			P->dl = dl;
			P->have_dl = true;
			P->dl_text = arena_strndup(&x->c->arena, S->s + dl.start, dl.len);
			for (char *p = (char *)P->dl_text; *p; p++)
				if (*p == '\n' || *p == '\t')
					*p = ' ';
		}
		if (!P->found) {
			size_t qf = hit.quote_from;
			if (hit.verb > qf + TK_QUOTE_WORDS)
				qf = hit.verb > 4 ? hit.verb - 4 : 0;
			if (qf > cs && qf - cs <= 3)
				qf = cs;
			size_t qt = hit.verb_end + 4;
			if (qt > qf + TK_QUOTE_WORDS)
				qt = qf + TK_QUOTE_WORDS;
			qt = tk_clause_end(S, qf, qt - qf);
			P->quote = tk_text(x->c, S, qf, qt, (size_t)-1, 0);
			P->summary = tk_summary(x->c, S, &hit, &dl, have);
			P->found = true;
		}
	}
}

/* Bullets and items of a paragraph (not quotes): they add a tasking only
 * when they name the party themselves. */
static void tk_read_children(struct tk_ctx *x, struct tk_para *P,
                             const struct node *kids, size_t n, bool *in_quote)
{
	for (size_t i = 0; i < n; i++) {
		const struct node *k = &kids[i];
		if (k->kind == NODE_QUOTE)
			continue;
		bool prose = k->kind == NODE_TEXT || k->kind == NODE_COMMENT;
		tk_read_prose(x, P, k->text, !prose, in_quote);
		tk_read_children(x, P, k->children, k->nchildren, in_quote);
	}
}

/* A dated deadline from the rest of a tasked paragraph ("Responses are due
 * by March 3."), when its tasking sentences gave none. */
static void tk_other_deadline(struct tk_ctx *x, const struct paragraph *p,
                              struct tk_para *P)
{
	if (P->have_dl && P->dl.dated)
		return;
	const char *t = p->text;
	if (!t)
		return;
	size_t len = strlen(t), b = 0;
	while (b < len) {
		size_t e = tk_sentence_end(t, len, b);
		struct deadline dl;
		if (deadline_find(t + b, e - b, &x->c->dtg, &dl) && dl.dated) {
			/* only a phrase that says a due date outright */
			const char *w = t + b + dl.start;
			if (strncasecmp(w, "nlt", 3) == 0 || strncasecmp(w, "no later", 8) == 0 ||
			    strncasecmp(w, "not later", 9) == 0 || strncasecmp(w, "due", 3) == 0 ||
			    strncasecmp(w, "deadline", 8) == 0) {
				P->dl = dl;
				P->have_dl = true;
				P->dl_text = arena_strndup(&x->c->arena, w, dl.len);
				return;
			}
		}
		b = e;
		while (b < len && isspace((unsigned char)t[b]))
			b++;
	}
}

/* Fills c->taskings[c->ntaskings++] and the paragraph's tasked list. */
static void tk_emit(struct tk_ctx *x, struct paragraph *p, const struct tk_para *P)
{
	struct cable *c = x->c;
	struct tasking *t = &c->taskings[c->ntaskings++];
	t->paragraph = p->number;
	t->parties = arena_alloc(&c->arena, sizeof *t->parties * P->parties.n);
	for (size_t i = 0; i < P->parties.n; i++)
		t->parties[i] = P->parties.name[i];
	t->nparties = P->parties.n;
	if (P->have_dl) {
		t->deadline_text = P->dl_text;
		if (P->dl.dated) {
			char iso[16];
			deadline_iso(&P->dl, iso, sizeof iso);
			t->deadline = arena_strdup(&c->arena, iso);
		}
	}
	t->quote = P->quote;
	t->summary = P->summary;
	p->tasked = t->parties;
	p->ntasked = t->nparties;
}

/* Is the addressee name an agency in Washington or a military command
 * rather than a post ("FBI WASHINGTON DC", "SECDEF WASHDC", "HQ USEUCOM
 * VAIHINGEN GE", "CDR USCENTCOM MACDILL AFB FL")? */
static bool tk_not_post(const char *name)
{
	size_t n = strlen(name);
	static const char *const tails[] = { " WASHINGTON DC", " WASHDC", " WASHINGTON" };
	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		size_t tl = strlen(tails[i]);
		if (n > tl && strcmp(name + n - tl, tails[i]) == 0)
			return true;
	}
	return strncmp(name, "CDR ", 4) == 0 || strncmp(name, "HQ ", 3) == 0 ||
	       strncmp(name, "CINC", 4) == 0 || strncmp(name, "COM", 3) == 0;
}

/* The default parties: the TO addressees (not excluded), or, in a post's
 * cable, the TO addressees other than the post itself. */
static void tk_default_parties(struct tk_ctx *x)
{
	struct cable *c = x->c;
	x->deflt.n = 0;
	for (size_t i = 0; i < c->nto; i++) {
		if (!c->to[i].name || c->to[i].excluded)
			continue;
		if (c->from && strcmp(c->to[i].name, c->from) == 0)
			continue;
		tk_add(&x->deflt, c->to[i].name);
	}
	/* in Washington's cables "Posts" are no agencies in Washington and no
	 * military commands (CIA WASHINGTON DC, CDR USCENTCOM MACDILL AFB FL) */
	if (x->washington) {
		struct tk_parties posts = { .n = 0 };
		for (size_t i = 0; i < x->deflt.n; i++)
			if (!tk_not_post(x->deflt.name[i]))
				tk_add(&posts, x->deflt.name[i]);
		if (posts.n)
			x->deflt = posts;
	}
	if (x->deflt.n == 0) {
		if (!x->washington)
			tk_add(&x->deflt, PARTY_WASHINGTON);
		else
			tk_add(&x->deflt, "ACTION ADDRESSEES");
	}
}

/* "This is an action request for USOSCE and UNVIE": what "Post" means. */
static void tk_narrow_default(struct tk_ctx *x)
{
	struct cable *c = x->c;
	struct tk_parties named = { .n = 0 };
	struct tk_sentence *S = &x->sent;
	for (size_t pi = 0; pi < c->nparas && pi < 3; pi++) {
		const char *t = c->paras[pi].text;
		if (!t)
			continue;
		size_t len = strlen(t), b = 0;
		while (b < len) {
			size_t e = tk_sentence_end(t, len, b);
			tk_words(S, t + b, e - b);
			b = e;
			while (b < len && isspace((unsigned char)t[b]))
				b++;
			if (!tk_action_words(S))
				continue;
			for (size_t j = 0; j < S->n; j++) {
				struct tk_parties n;
				bool g;
				size_t end = tk_post_phrase(x, S, j, &n, &g);
				if (end > j) {
					tk_add_all(&named, &n);
					j = end - 1;
				}
			}
		}
	}
	if (named.n)
		x->deflt = named;
}

void tasking_find(struct cable *c)
{
	if (!c || c->nparas == 0)
		return;
	struct tk_ctx *x = arena_alloc(&c->arena, sizeof *x);
	x->c = c;
	tk_vocab_init(&x->vocab);
	x->sent.V = &x->vocab;
	x->washington = party_from_washington(c);
	if (!x->washington && c->from) {
		/* "AMEMBASSY SAN JOSE" -> "SAN JOSE": how the post names itself */
		const char *sp = strchr(c->from, ' ');
		x->own = sp && sp[1] ? sp + 1 : c->from;
		x->own_len1 = strcspn(x->own, " ");
	}
	tk_default_parties(x);
	if (x->washington)
		tk_narrow_default(x);

	struct tk_para *P = arena_alloc(&c->arena, sizeof *P * c->nparas);
	for (size_t i = 0; i < c->nparas; i++) {
		struct paragraph *p = &c->paras[i];
		bool in_quote = false;
		tk_read_prose(x, &P[i], p->text, false, &in_quote);
		tk_read_children(x, &P[i], p->children, p->nchildren, &in_quote);
		if (P[i].found)
			tk_other_deadline(x, p, &P[i]);
	}
	/* pointers mark the paragraphs they point to */
	for (size_t i = 0; i < c->nparas; i++) {
		for (size_t k = 0; k < P[i].npointed; k++) {
			int num = P[i].pointed[k];
			for (size_t j = 0; j < c->nparas; j++) {
				if (c->paras[j].number != num || j == i || P[j].found)
					continue;
				bool prev = j > 0 && P[j - 1].found && !P[j - 1].by_pointer &&
				            c->paras[j - 1].number == num - 1;
				bool next = j + 1 < c->nparas && P[j + 1].found &&
				            !P[j + 1].by_pointer &&
				            c->paras[j + 1].number == num + 1;
				if (prev || next)
					continue;   /* a slip: the neighbour asks */
				P[j].parties.n = 0;
				if (P[i].pointer_parties.n)
					tk_add_all(&P[j].parties, &P[i].pointer_parties);
				else
					tk_add_all(&P[j].parties, &x->deflt);
				P[j].quote = P[i].pointer_quote;
				struct tk_sentence *S = &x->sent;
				const char *t = c->paras[j].text ? c->paras[j].text : "";
				size_t tl = strlen(t);
				tk_words(S, t, tk_sentence_end(t, tl, 0));
				/* its first sentence, less an "ACTION REQUEST:" label */
				size_t cs = tk_clause_start(S);
				char *sum = (char *)tk_text(c, S, cs, tk_summary_end(S, cs),
				                            (size_t)-1, 0);
				if (sum && islower((unsigned char)sum[0]))
					sum[0] = (char)toupper((unsigned char)sum[0]);
				P[j].summary = sum;
				P[j].found = true;
				P[j].by_pointer = true;
			}
		}
	}
	size_t n = 0;
	for (size_t i = 0; i < c->nparas; i++)
		if (P[i].found && P[i].parties.n)
			n++;
	if (n == 0)
		return;
	c->taskings = arena_alloc(&c->arena, sizeof *c->taskings * n);
	c->ntaskings = 0;
	for (size_t i = 0; i < c->nparas; i++)
		if (P[i].found && P[i].parties.n)
			tk_emit(x, &c->paras[i], &P[i]);
}
