/* tags.c - the subject tags of the TAGS line.
 *
 * The list holds the four-letter subject tags of the TAGS handbook that
 * cables use (administration A, consular C, economic E, program K,
 * military M, operations O, political P, social S, technology T), sorted
 * for a binary search.  Country and organization tags are not listed: they
 * are never split.
 */
#include "parse/tags.h"

#include <string.h>

#include "base/ascii.h"

static const char tags_subject[][5] = {
	"ABLD", "ABUD", "ACOA", "ADCO", "ADPM", "AEMR", "AFIN", "AFSI", "AFSN", "AGAO",
	"AGMT", "AINF", "AINR", "AINT", "ALOW", "AMED", "AMGT", "AODE", "AORC", "APCS",
	"APER", "ASCH", "ASEC", "ASIG", "ATRN", "BEXP", "BTIO", "CASC", "CFED", "CJAN",
	"CMGT", "CPAS", "CVIS", "EAGR", "EAID", "EAIR", "ECIN", "ECIP", "ECON", "ECPS",
	"EFIN", "EFIS", "EIND", "EINT", "EINV", "ELAB", "ELTN", "EMIN", "ENRG", "EPET",
	"ETRD", "ETTC", "EWWT", "KACT", "KAWC", "KAWK", "KBCT", "KBIO", "KCFE", "KCIP",
	"KCOM", "KCOR", "KCRM", "KCRS", "KDEM", "KDEV", "KDRG", "KFLU", "KFRD", "KGHG",
	"KGIC", "KGIT", "KHIV", "KHLS", "KHUM", "KIPR", "KIRF", "KISL", "KJUS", "KLIG",
	"KMCA", "KMDR", "KMPI", "KNAR", "KNNP", "KNPP", "KNUC", "KOLY", "KOMC", "KPAL",
	"KPAO", "KPIN", "KPKO", "KPLS", "KPRP", "KPRV", "KPWR", "KRAD", "KRFD", "KRVC",
	"KSAF", "KSCA", "KSEC", "KSEP", "KSPR", "KSTC", "KSUM", "KTEX", "KTFN", "KTIA",
	"KTIP", "KUNR", "KVPR", "KWAC", "KWBG", "KWMN", "MARR", "MASC", "MASS", "MCAP",
	"MNUC", "MOPS", "OEXC", "OFDP", "OIIP", "OPDC", "OPRC", "OREP", "OSCI", "OTRA",
	"OVIP", "PARM", "PBIO", "PBTS", "PEPR", "PGOV", "PHSA", "PHUM", "PINR", "PINS",
	"PINT", "PMIL", "PNAT", "POLM", "PREF", "PREL", "PROP", "PTER", "SCUL", "SENV",
	"SHUM", "SMIG", "SNAR", "SOCI", "SPCE", "TBIO", "TINT", "TNGD", "TPHY", "TRGY",
	"TSPA", "TSPL",
};

bool tags_known(const char *s, size_t n)
{
	if (n != 4)
		return false;
	char key[5];
	for (size_t k = 0; k < 4; k++)
		key[k] = ascii_to_upper(s[k]);
	key[4] = '\0';
	size_t lo = 0, hi = sizeof tags_subject / sizeof tags_subject[0];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(key, tags_subject[mid]);
		if (c == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

size_t tags_glued(const char *s, size_t n)
{
	if (n < 8 || n % 4 != 0)
		return 0;
	for (size_t k = 0; k < n; k += 4)
		if (!tags_known(s + k, 4))
			return 0;
	return n / 4;
}
