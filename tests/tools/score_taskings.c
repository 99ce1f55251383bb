/* score_taskings.c - score tasking_find() against the hand labels.
 *
 *   score_taskings [OPTIONS] CABLES_DIR SEED_DIR LABELS_DIR...
 *       For each LABELS_DIR/<ID>.yaml (rules: corpus/LABELS.md) parse
 *       CABLES_DIR/<ID>.txt (or SEED_DIR/<ID>.txt) and compare:
 *         pairs       (paragraph, party): precision, recall, F1; a label
 *                     marked optional: true is neither required nor
 *                     penalised;
 *         paragraphs  the tasked paragraphs, whatever the party: P, R, F1
 *                     (a paragraph whose labels are all optional counts
 *                     neither way);
 *         per cable   the mean of each cable's pair F1 (1 when the label
 *                     and the finder both say nothing);
 *         deadline    over the required labelled pairs that were found:
 *                     the deadline of the tasking that holds the pair
 *                     equals the label's (null ==
 *                     null; any date is right for a label that is null
 *                     with a deadline_text of "within N ... days", as
 *                     LABELS.md says);
 *         lists       the label's paragraph list equals the parsed one.
 *       Prints each cable's misses (unless -q), then the totals.
 *
 *   Options:
 *       --half tune|held|all   score one half of the labels: the ids are
 *                              split by a stable hash (FNV-1a of the id,
 *                              low bit: 0 = tune, 1 = held).  Rules are
 *                              written on the tune half; the held half is
 *                              the honest figure.
 *       --min-f1 X, --min-deadline X, --min-para-f1 X
 *                              exit 1 below these (defaults 0: report only)
 *       -q                     totals only
 *       Exit 0 with "skipped: no corpus" when no LABELS_DIR exists.
 *
 *   score_taskings --survey CABLES_DIR [-v]
 *       Parses every .txt file in CABLES_DIR and reports how many cables have
 *       taskings, how many are from Washington, and (-v) each one's
 *       tasked paragraphs.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <yaml.h>

#include "base/ascii.h"
#include "parse/cable.h"
#include "tasking/party.h"
#include "tasking/tasking.h"

#include <stdint.h>

struct label_pair {
	int paragraph;
	char party[128];
	char deadline[16];          /* "" = null */
	int any_date;               /* null, "within N business days" */
	int optional;
	int found;
};

struct label {
	char id[64];
	struct label_pair *pairs;
	size_t n, cap;
	int paras[512];             /* the label's paragraph list */
	size_t nparas;
	int has_paras;              /* a paragraphs: key was there */
};

static void add_pair(struct label *l, const struct label_pair *p)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->pairs = realloc(l->pairs, l->cap * sizeof *l->pairs);
		if (!l->pairs) {
			perror("realloc");
			exit(2);
		}
	}
	l->pairs[l->n++] = *p;
}

static const char *scalar(yaml_document_t *doc, yaml_node_t *n)
{
	(void)doc;
	if (!n || n->type != YAML_SCALAR_NODE)
		return NULL;
	return (const char *)n->data.scalar.value;
}

static yaml_node_t *map_get(yaml_document_t *doc, yaml_node_t *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		const char *k = scalar(doc, yaml_document_get_node(doc, p->key));
		if (k && strcmp(k, key) == 0)
			return yaml_document_get_node(doc, p->value);
	}
	return NULL;
}

static int is_null(const char *s)
{
	return !s || !*s || strcmp(s, "null") == 0 || strcmp(s, "~") == 0;
}

/* Reads one label file; returns 0 or -1 (with a message). */
static int load_label(const char *path, struct label *l)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	yaml_parser_t parser;
	yaml_document_t doc;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_file(&parser, f);
	if (!yaml_parser_load(&parser, &doc)) {
		fprintf(stderr, "%s:%zu: %s\n", path, parser.problem_mark.line + 1,
		        parser.problem ? parser.problem : "YAML error");
		yaml_parser_delete(&parser);
		fclose(f);
		return -1;
	}
	int rc = -1;
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	const char *id = scalar(&doc, map_get(&doc, root, "id"));
	yaml_node_t *tasks = map_get(&doc, root, "taskings");
	if (!id) {
		fprintf(stderr, "%s: no id\n", path);
		goto out;
	}
	snprintf(l->id, sizeof l->id, "%s", id);
	yaml_node_t *paras = map_get(&doc, root, "paragraphs");
	if (paras && paras->type == YAML_SEQUENCE_NODE) {
		l->has_paras = 1;
		for (yaml_node_item_t *it = paras->data.sequence.items.start;
		     it < paras->data.sequence.items.top && l->nparas < 512; it++) {
			const char *v = scalar(&doc, yaml_document_get_node(&doc, *it));
			if (v)
				l->paras[l->nparas++] = atoi(v);
		}
	}
	if (tasks && tasks->type == YAML_SEQUENCE_NODE) {
		for (yaml_node_item_t *it = tasks->data.sequence.items.start;
		     it < tasks->data.sequence.items.top; it++) {
			yaml_node_t *t = yaml_document_get_node(&doc, *it);
			const char *para = scalar(&doc, map_get(&doc, t, "paragraph"));
			const char *dl = scalar(&doc, map_get(&doc, t, "deadline"));
			const char *opt = scalar(&doc, map_get(&doc, t, "optional"));
			yaml_node_t *parties = map_get(&doc, t, "parties");
			if (!para || !parties || parties->type != YAML_SEQUENCE_NODE) {
				fprintf(stderr, "%s: a tasking without paragraph or parties\n", path);
				goto out;
			}
			struct label_pair p;
			memset(&p, 0, sizeof p);
			p.paragraph = atoi(para);
			p.optional = opt && strcmp(opt, "true") == 0;
			if (!is_null(dl))
				snprintf(p.deadline, sizeof p.deadline, "%s", dl);
			const char *dtext = scalar(&doc, map_get(&doc, t, "deadline_text"));
			/* "within 5 business days", "WITHIN FIVE WORKING DAYS" */
			p.any_date = is_null(dl) && dtext &&
			             ascii_find_ci(dtext, strlen(dtext), "within", 6) &&
			             ascii_find_ci(dtext, strlen(dtext), "day", 3);
			for (yaml_node_item_t *pi = parties->data.sequence.items.start;
			     pi < parties->data.sequence.items.top; pi++) {
				const char *name = scalar(&doc, yaml_document_get_node(&doc, *pi));
				if (!name)
					continue;
				snprintf(p.party, sizeof p.party, "%s", name);
				add_pair(l, &p);
			}
		}
	}
	rc = 0;
out:
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	fclose(f);
	return rc;
}

static int file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int dir_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names in dir ending in suffix (malloc'd). */
static char **list_dir(const char *dir, const char *suffix, size_t *count)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t n = 0, cap = 0, sl = strlen(suffix);
	*count = 0;
	if (!d)
		return NULL;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t nl = strlen(e->d_name);
		if (nl <= sl || strcmp(e->d_name + nl - sl, suffix) != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **nn = realloc(names, cap * sizeof *names);
			if (!nn) {
				perror("realloc");
				exit(2);
			}
			names = nn;
		}
		names[n] = strdup(e->d_name);
		if (!names[n]) {
			perror("strdup");
			exit(2);
		}
		n++;
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	*count = n;
	return names;
}

static void free_list(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

static const struct tasking *tasking_for(const struct cable *c, int para)
{
	for (size_t i = 0; i < c->ntaskings; i++)
		if (c->taskings[i].paragraph == para)
			return &c->taskings[i];
	return NULL;
}

/* The tasking of paragraph para that holds party (a paragraph has one
 * per day its parties are due), else NULL. */
static const struct tasking *tasking_of(const struct cable *c, int para, const char *party)
{
	for (size_t i = 0; i < c->ntaskings; i++) {
		const struct tasking *t = &c->taskings[i];
		for (size_t j = 0; t->paragraph == para && j < t->nparties; j++)
			if (strcasecmp(t->parties[j], party) == 0)
				return t;
	}
	return NULL;
}

static int survey(const char *dir, int verbose)
{
	if (!dir_exists(dir)) {
		printf("skipped: no corpus (%s)\n", dir);
		return 0;
	}
	size_t n;
	char **names = list_dir(dir, ".txt", &n);
	size_t with = 0, failed = 0, wash = 0, wash_with = 0, total_taskings = 0;
	for (size_t i = 0; i < n; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		struct ct_error err;
		struct cable *c = cable_parse_file(path, &err);
		if (!c) {
			failed++;
			continue;
		}
		bool w = party_from_washington(c);
		wash += w;
		if (c->ntaskings) {
			with++;
			wash_with += w;
			total_taskings += c->ntaskings;
			if (verbose) {
				printf("%s%s:", names[i], w ? " (Washington)" : "");
				for (size_t k = 0; k < c->ntaskings; k++) {
					const struct tasking *t = &c->taskings[k];
					printf(" %d[%zu]%s%s", t->paragraph, t->nparties,
					       t->deadline ? "@" : "", t->deadline ? t->deadline : "");
				}
				printf("\n");
			}
		}
		cable_free(c);
	}
	printf("survey: %zu of %zu cables have taskings (%zu taskings); "
	       "from Washington %zu of %zu; from posts %zu of %zu; %zu not parsed\n",
	       with, n, total_taskings, wash_with, wash, with - wash_with,
	       n - failed - wash, failed);
	free_list(names, n);
	return 0;
}

/* FNV-1a of the id: which half a label falls in, the same on every
 * machine and in every run. */
static int half_of(const char *id)
{
	uint32_t h = 2166136261u;
	for (const unsigned char *p = (const unsigned char *)id; *p; p++) {
		h ^= *p;
		h *= 16777619u;
	}
	return (int)(h & 1);
}

struct totals {
	long tp, fp, fn;            /* pairs */
	long ptp, pfp, pfn;         /* tasked paragraphs */
	long dl_ok, dl_all;
	double f1_sum;
	int ncables, lists_ok, lists_all;
};

static double ratio(long a, long b)
{
	return b ? (double)a / (double)b : 0.0;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

/* The label's paragraphs: 1 = some firm tasking, 2 = only optional ones. */
static int label_para_kind(const struct label *l, int para)
{
	int kind = 0;
	for (size_t i = 0; i < l->n; i++)
		if (l->pairs[i].paragraph == para)
			kind = l->pairs[i].optional ? (kind ? kind : 2) : 1;
	return kind;
}

static int found_para(const struct cable *c, int para)
{
	return tasking_for(c, para) != NULL;
}

static void score_paragraphs(const struct label *l, const struct cable *c,
                             struct totals *T, int quiet)
{
	/* found paragraphs */
	for (size_t k = 0; k < c->ntaskings; k++) {
		int para = c->taskings[k].paragraph;
		if (k > 0 && c->taskings[k - 1].paragraph == para)
			continue;
		int kind = label_para_kind(l, para);
		if (kind == 1)
			T->ptp++;
		else if (kind == 0) {
			T->pfp++;
			if (!quiet)
				printf("%s: extra paragraph %d\n", l->id, para);
		}
	}
	/* required paragraphs missed */
	for (size_t i = 0; i < l->n; i++) {
		const struct label_pair *p = &l->pairs[i];
		if (p->optional || found_para(c, p->paragraph))
			continue;
		int first = 1;
		for (size_t j = 0; j < i; j++)
			if (l->pairs[j].paragraph == p->paragraph && !l->pairs[j].optional)
				first = 0;
		if (first) {
			T->pfn++;
			if (!quiet)
				printf("%s: missed paragraph %d\n", l->id, p->paragraph);
		}
	}
}

static void score_list(const struct label *l, const struct cable *c,
                       struct totals *T, int quiet)
{
	if (!l->has_paras)
		return;
	T->lists_all++;
	size_t n = 0;
	int ok = 1;
	for (size_t i = 0; i < c->nparas; i++) {
		int num = c->paras[i].number;
		if (num <= 0)
			continue;
		if (n >= l->nparas || l->paras[n] != num)
			ok = 0;
		n++;
	}
	if (n != l->nparas)
		ok = 0;
	T->lists_ok += ok;
	if (!ok && !quiet) {
		printf("%s: paragraph list differs: parsed", l->id);
		for (size_t i = 0; i < c->nparas; i++)
			if (c->paras[i].number > 0)
				printf(" %d", c->paras[i].number);
		printf("\n");
	}
}

/* One cable: pairs, paragraphs, deadlines, the paragraph list. */
static void score_cable(struct label *l, const struct cable *c,
                        struct totals *T, int quiet)
{
	long tp = 0, fp = 0, fn = 0;
	for (size_t k = 0; k < c->ntaskings; k++) {
		const struct tasking *t = &c->taskings[k];
		for (size_t j = 0; j < t->nparties; j++) {
			int matched = 0;
			for (size_t i = 0; i < l->n; i++) {
				struct label_pair *p = &l->pairs[i];
				if (p->paragraph == t->paragraph &&
				    strcasecmp(p->party, t->parties[j]) == 0) {
					p->found = 1;
					matched = 1;
					if (!p->optional)
						tp++;
				}
			}
			if (!matched) {
				fp++;
				if (!quiet)
					printf("%s: extra ¶%d %s  (\"%s\")\n", l->id,
					       t->paragraph, t->parties[j],
					       t->quote ? t->quote : "");
			}
		}
	}
	for (size_t i = 0; i < l->n; i++) {
		struct label_pair *p = &l->pairs[i];
		if (p->optional)
			continue;
		if (!p->found) {
			fn++;
			if (!quiet)
				printf("%s: missed ¶%d %s\n", l->id, p->paragraph, p->party);
			continue;
		}
		const struct tasking *t = tasking_of(c, p->paragraph, p->party);
		const char *got = t && t->deadline ? t->deadline : "";
		T->dl_all++;
		if (strcmp(got, p->deadline) == 0 || p->any_date)
			T->dl_ok++;
		else if (!quiet)
			printf("%s: deadline ¶%d %s: got %s, label %s\n", l->id,
			       p->paragraph, p->party, *got ? got : "null",
			       *p->deadline ? p->deadline : "null");
	}
	T->tp += tp;
	T->fp += fp;
	T->fn += fn;
	double P = tp + fp ? (double)tp / (double)(tp + fp) : 1.0;
	double R = tp + fn ? (double)tp / (double)(tp + fn) : 1.0;
	T->f1_sum += (tp + fp + fn) ? f1(P, R) : 1.0;
	score_paragraphs(l, c, T, quiet);
	score_list(l, c, T, quiet);
}

static void score_dir(const char *labels, const char *cables, const char *seed,
                      int half, struct totals *T, int quiet)
{
	size_t nfiles;
	char **files = list_dir(labels, ".yaml", &nfiles);
	for (size_t fi = 0; fi < nfiles; fi++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", labels, files[fi]);
		struct label l;
		memset(&l, 0, sizeof l);
		if (load_label(path, &l) != 0 || (half >= 0 && half_of(l.id) != half)) {
			free(l.pairs);
			continue;
		}
		char cpath[4096];
		snprintf(cpath, sizeof cpath, "%s/%s.txt", cables, l.id);
		if (!file_exists(cpath))
			snprintf(cpath, sizeof cpath, "%s/%s.txt", seed, l.id);
		T->ncables++;
		struct ct_error err;
		struct cable *c = file_exists(cpath) ? cable_parse_file(cpath, &err) : NULL;
		if (!c) {
			printf("%s: not parsed (%s)\n", l.id, file_exists(cpath) ? err.msg
			       : "no such cable");
			for (size_t i = 0; i < l.n; i++)
				T->fn += !l.pairs[i].optional;
			free(l.pairs);
			continue;
		}
		score_cable(&l, c, T, quiet);
		cable_free(c);
		free(l.pairs);
	}
	free_list(files, nfiles);
}

static void usage(void)
{
	fprintf(stderr, "usage: score_taskings [--half tune|held|all] [--min-f1 X] "
	                "[--min-deadline X] [--min-para-f1 X] [-q]\n"
	                "                      CABLES_DIR SEED_DIR LABELS_DIR...\n"
	                "       score_taskings --survey CABLES_DIR [-v]\n");
}

int main(int argc, char **argv)
{
	if (argc >= 3 && strcmp(argv[1], "--survey") == 0)
		return survey(argv[2], argc > 3 && strcmp(argv[3], "-v") == 0);
	int half = -1, quiet = 0, a = 1;
	double min_f1 = 0, min_dl = 0, min_pf1 = 0;
	const char *half_name = "all";
	for (; a < argc && argv[a][0] == '-'; a++) {
		if (strcmp(argv[a], "-q") == 0) {
			quiet = 1;
		} else if (a + 1 < argc && strcmp(argv[a], "--half") == 0) {
			half_name = argv[++a];
			half = strcmp(half_name, "tune") == 0 ? 0
			     : strcmp(half_name, "held") == 0 ? 1 : -1;
			if (half < 0 && strcmp(half_name, "all") != 0) {
				usage();
				return 2;
			}
		} else if (a + 1 < argc && strcmp(argv[a], "--min-f1") == 0) {
			min_f1 = atof(argv[++a]);
		} else if (a + 1 < argc && strcmp(argv[a], "--min-deadline") == 0) {
			min_dl = atof(argv[++a]);
		} else if (a + 1 < argc && strcmp(argv[a], "--min-para-f1") == 0) {
			min_pf1 = atof(argv[++a]);
		} else {
			usage();
			return 2;
		}
	}
	if (argc - a < 3) {
		usage();
		return 2;
	}
	const char *cables = argv[a], *seed = argv[a + 1];
	struct totals T;
	memset(&T, 0, sizeof T);
	int any = 0;
	char names[1024] = "";
	for (int i = a + 2; i < argc; i++) {
		if (!dir_exists(argv[i]))
			continue;
		any = 1;
		const char *base = strrchr(argv[i], '/');
		size_t used = strlen(names);
		snprintf(names + used, sizeof names - used, "%s%s", used ? "+" : "",
		         base ? base + 1 : argv[i]);
		score_dir(argv[i], cables, seed, half, &T, quiet);
	}
	if (!any) {
		printf("skipped: no corpus (%s)\n", argv[a + 2]);
		return 0;
	}
	double P = ratio(T.tp, T.tp + T.fp), R = ratio(T.tp, T.tp + T.fn);
	double PP = ratio(T.ptp, T.ptp + T.pfp), PR = ratio(T.ptp, T.ptp + T.pfn);
	double D = ratio(T.dl_ok, T.dl_all);
	double meanF = T.ncables ? T.f1_sum / T.ncables : 0.0;
	printf("taskings %s (%s half, %d cables): pairs P=%.2f R=%.2f F1=%.2f "
	       "(tp=%ld fp=%ld fn=%ld); paragraphs P=%.2f R=%.2f F1=%.2f; "
	       "mean cable F1=%.2f; deadline=%.2f (%ld/%ld); lists exact %d/%d\n",
	       names, half_name, T.ncables, P, R, f1(P, R), T.tp, T.fp, T.fn,
	       PP, PR, f1(PP, PR), meanF, D, T.dl_ok, T.dl_all, T.lists_ok,
	       T.lists_all);
	if (f1(P, R) < min_f1 || D < min_dl || f1(PP, PR) < min_pf1) {
		printf("taskings: below the floor (pairs F1 >= %.2f, paragraphs F1 >= %.2f, "
		       "deadline >= %.2f)\n", min_f1, min_pf1, min_dl);
		return 1;
	}
	return 0;
}
