/* fuzz_tasking.c - libFuzzer target aimed at the body and tasking rules.
 *
 * Random bytes seldom get past the header into numbered paragraphs, so this
 * target prepends a fixed, valid front matter (chosen by the first byte:
 * telegram, extract or scrape) and fuzzes only the body text.  cable_parse()
 * then always reaches body_parse() and tasking_find() with real addressees
 * and a DTG, so party resolution and deadline resolution are exercised.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse/cable.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const fronts[] = {
	/* a telegram: two action addressees, info addressees, a DTG */
	"VZCZCXRO4417\n"
	"OO RUEHVL RUEHRK\n"
	"DE RUEHC #2345/01 0141633\n"
	"ZNY CCCCC ZZH\n"
	"O P 141622Z JAN 09\n"
	"FM SECSTATE WASHDC\n"
	"TO RUEHVL/AMEMBASSY VALLETTA IMMEDIATE 2214\n"
	"RUEHRK/AMEMBASSY REYKJAVIK IMMEDIATE 6630\n"
	"INFO RUEHBS/USEU BRUSSELS PRIORITY 4471\n"
	"RUEHNO/USMISSION USNATO PRIORITY 8125\n"
	"XMT AMEMBASSY LONDON\n"
	"\n"
	"C O N F I D E N T I A L SECTION 01 OF 02 STATE 012345\n"
	"\n"
	"SIPDIS\n"
	"\n"
	"E.O. 12958: DECL: 01/14/2019\n"
	"TAGS: PREL MARR EWWT MT IC\n"
	"SUBJECT: FUZZ BODY FOLLOWS\n"
	"\n"
	"REF: A. STATE 004411\n"
	"     B. VALLETTA 000019\n"
	"\n",
	/* a partial extract from a post to Washington */
	"201247Z Jan 09\n"
	"\n"
	"C O N F I D E N T I A L VALLETTA 000041\n"
	"\n"
	"SIPDIS\n"
	"\n"
	"E.O. 12958: DECL: 01/20/2019\n"
	"TAGS: PREL MARR\n"
	"SUBJECT: FUZZ BODY FOLLOWS\n"
	"\n"
	"REF: STATE 12345\n"
	"\n",
	/* a text scrape: the body should carry "[1](#)1." and "14." lines */
	"VZCZCXRO2281\n"
	"PP RUEHGV RUCNDT\n"
	"DE RUEHC #8765/01 2661921\n"
	"ZNR UUUUU ZZH\n"
	"P 231915Z SEP 09\n"
	"FM SECSTATE WASHDC\n"
	"TO RUEHGV/USMISSION GENEVA PRIORITY 5512\n"
	"RUCNDT/USMISSION USUN NEW YORK PRIORITY 7740\n"
	"INFO RUEHOT/AMEMBASSY OTTAWA PRIORITY 2918\n"
	"\n"
	"UNCLAS SECTION 01 OF 02 STATE 098765\n"
	"\n"
	"SENSITIVE\n"
	"SIPDIS\n"
	"\n"
	"E.O. 12958: N/A\n"
	"\n"
	"TAGS: [AORC](#) [PREL](#)\n"
	"\n"
	"SUBJECT: FUZZ BODY FOLLOWS\n"
	"\n",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *front = fronts[data[0] % (sizeof fronts / sizeof fronts[0])];
	data++;
	size--;
	size_t flen = strlen(front);
	char *buf = malloc(flen + size);
	if (!buf)
		return 0;
	memcpy(buf, front, flen);
	if (size)
		memcpy(buf + flen, data, size);

	struct ct_error err = {{0}};
	struct cable *c = cable_parse(buf, flen + size, "fuzz.txt", &err);
	free(buf);
	/* The text layer may still refuse a body that is binary junk; then
	 * it must say why. */
	if (!c) {
		if (err.msg[0] == '\0')
			fuzz_fail("cable_parse returned NULL without a message", "err");
		return 0;
	}
	fuzz_check_cable(c);
	/* tasking_find() ran inside cable_parse(): a paragraph it marked as
	 * tasked must have a tasking of its own. */
	for (size_t i = 0; i < c->nparas; i++) {
		const struct paragraph *p = &c->paras[i];
		if (!p->ntasked)
			continue;
		bool listed = false;
		for (size_t j = 0; j < c->ntaskings && !listed; j++)
			listed = c->taskings[j].paragraph == p->number;
		if (!listed)
			fuzz_fail("paragraph marked tasked has no tasking",
			          "paragraphs.tasked");
	}
	cable_free(c);
	return 0;
}
