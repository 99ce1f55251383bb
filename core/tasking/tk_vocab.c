/* tk_vocab.c - the words the tasking patterns test, as a hash table.
 *
 * In: the word list TK_VOCAB (tk_internal.h) and the first words of the
 * phrases party_agency() reads.  Out: tk_vocab_init() builds the table (per
 * cable, in its arena: a few thousand instructions) that tk_lookup() (inline
 * in tk_internal.h, for tk_words()) reads to turn a word of a sentence into
 * its id, so that every later test of a word is an integer compare.
 */
#include "tasking/tk_internal.h"

#include <string.h>

#include "tasking/party.h"

const char *const tk_vocab_str[W_COUNT] = {
	[W_NONE] = "",
#define TK_STR(id, str) [id] = str,
	TK_VOCAB(TK_STR)
#undef TK_STR
};

uint32_t tk_hash(const char *s, size_t n)
{
	uint32_t h = TK_FNV_BASIS;
	for (size_t k = 0; k < n; k++)
		h = (h ^ (uint8_t)(s[k] | 0x20)) * TK_FNV_PRIME;
	return h;
}

void tk_vocab_init(struct tk_vocab *V)
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
	V->flags[W_recommend] = V->flags[W_recommends] = TK_F_RECOMMEND;
	V->flags[W_requests] = TK_F_RECOMMEND;
	V->flags[W_request] |= TK_F_RECOMMEND;
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
