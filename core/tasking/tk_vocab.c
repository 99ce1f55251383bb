/* tk_vocab.c - the words the tasking patterns test, as a hash table.
 *
 * In: the word list TK_VOCAB (tk_internal.h) and the first words of the
 * phrases party_agency() reads.  Out: tk_vocab_init() builds the table (a
 * few thousand instructions) that tk_lookup() (inline in tk_internal.h, for
 * tk_words()) reads to turn a word of a sentence into its id, so that every
 * later test of a word is an integer compare.  tk_vocab() builds it once per
 * process (pthread_once: the inbox parses cables on several threads) and
 * hands out the same table after.
 */
#include "tasking/tk_internal.h"

#include <pthread.h>
#include <string.h>

#include "tasking/party.h"

const char *const tk_vocab_str[W_COUNT] = {
	[W_NONE] = "",
#define TK_STR(id, str) [id] = str,
	TK_VOCAB(TK_STR)
#undef TK_STR
};

void tk_vocab_init(struct tk_vocab *V)
{
	memset(V->slot, 0, sizeof V->slot);
	memset(V->lens, 0, sizeof V->lens);
	V->maxlen = 0;
	for (unsigned id = 1; id < W_COUNT; id++) {
		const char *w = tk_vocab_str[id];
		size_t n = strlen(w);
		V->key[id] = tk_key(w, n, n);
		V->len[id] = (uint8_t)n;
		if (n > V->maxlen)
			V->maxlen = n;
		if (n < 32)
			V->lens[(unsigned char)w[0]] |= 1u << n;
		size_t j = tk_key_slot(V->key[id], n);
		while (V->slot[j])
			j = (j + 1) & (TK_VOCAB_SLOTS - 1);
		V->slot[j] = (uint16_t)id;
	}
	size_t n_stems = 0;
	memset(V->stem_from, 0, sizeof V->stem_from);
	while (tk_stem(n_stems))
		n_stems++;
	for (size_t i = n_stems; i-- > 0;) {
		const char *stem = tk_stem(i);
		if (stem[0] >= 'a' && stem[0] <= 'z')
			V->stem_from[stem[0] - 'a'] = (uint8_t)i;
	}
	for (unsigned b = 0; b < 256; b++)
		V->letter[b] = ascii_is_alpha((char)b) ? (uint8_t)(b | 0x20) : 0;
	for (unsigned b = 0; b < 256; b++)
		V->letter_no[b] = V->letter[b] ? (uint8_t)(V->letter[b] - 'a') : 26;
	memset(V->stem3, 0, sizeof V->stem3);
	for (size_t i = 0; i < n_stems; i++) {
		const unsigned char *m = (const unsigned char *)tk_stem(i);
		V->stem3[V->letter_no[m[0]] * 27 + V->letter_no[m[1]]] |= 1u << V->letter_no[m[2]];
	}
	memset(V->flags, 0, sizeof V->flags);
	V->flags[W_para] = V->flags[W_paras] = V->flags[W_paragraph] = TK_F_PARA;
	V->flags[W_paragraphs] = V->flags[W_par] = V->flags[W_pars] = TK_F_PARA;
	V->flags[W_action] = V->flags[W_request] = TK_F_ACTION;
	V->flags[W_recommend] = V->flags[W_recommends] = TK_F_RECOMMEND;
	V->flags[W_requests] = TK_F_RECOMMEND;
	V->flags[W_request] |= TK_F_RECOMMEND;
	V->flags[W_urge] = V->flags[W_urges] = TK_F_RECOMMEND;
	V->flags[W_ask] = V->flags[W_asks] = TK_F_RECOMMEND;
	V->flags[W_propose] = V->flags[W_proposes] = TK_F_RECOMMEND;
	V->flags[W_suggest] = V->flags[W_suggests] = TK_F_RECOMMEND;
	V->flags[W_seek] = V->flags[W_seeks] = TK_F_RECOMMEND;
	V->flags[W_grateful] = V->flags[W_appreciate] = TK_F_RECOMMEND;
	V->flags[W_begin] = TK_F_BEGIN;
	V->flags[W_end] = TK_F_END;
	V->flags[W_usg] = V->flags[W_u_s] = V->flags[W_united] = TK_F_USG;
	memset(V->agency, 0, sizeof V->agency);
	V->agency_all = false;
	const char *p;
	for (size_t i = 0; (p = party_agency_phrase(i)) != NULL; i++) {
		size_t n = strcspn(p, " ");
		enum tk_wid id = tk_lookup(V, p, n, strlen(p));
		if (id == W_NONE)
			V->agency_all = true;
		V->agency[id] = true;
	}
}

static struct tk_vocab tk_the_vocab;
static pthread_once_t tk_vocab_once = PTHREAD_ONCE_INIT;

static void tk_vocab_build(void)
{
	tk_vocab_init(&tk_the_vocab);
}

const struct tk_vocab *tk_vocab(void)
{
	pthread_once(&tk_vocab_once, tk_vocab_build);
	return &tk_the_vocab;
}
