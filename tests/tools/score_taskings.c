/* score_taskings.c - score tasking_find() against the hand labels.
 *
 *   score_taskings LABELS_DIR CABLES_DIR SEED_DIR
 *       For each LABELS_DIR/<ID>.yaml (rules: corpus/LABELS.md) parse
 *       CABLES_DIR/<ID>.txt (or SEED_DIR/<ID>.txt) and compare the
 *       (paragraph, party) pairs: precision, recall, F1.  A label marked
 *       optional: true is neither required nor penalised.  Deadline accuracy
 *       is over the required labelled pairs that were found: the tasking's
 *       deadline equals the label's (null == null).  Prints each cable's
 *       misses, then the totals line.  Exit 1 when F1 < 0.85 or deadline
 *       accuracy < 0.9; exit 0 with "skipped: no corpus" when LABELS_DIR is
 *       absent.
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

#include "parse/cable.h"
#include "tasking/party.h"
#include "tasking/tasking.h"

#define TARGET_F1 0.85
#define TARGET_DEADLINE 0.9

struct label_pair {
	int paragraph;
	char party[128];
	char deadline[16];          /* "" = null */
	int optional;
	int found;
};

struct label {
	char id[64];
	struct label_pair *pairs;
	size_t n, cap;
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

int main(int argc, char **argv)
{
	if (argc >= 3 && strcmp(argv[1], "--survey") == 0)
		return survey(argv[2], argc > 3 && strcmp(argv[3], "-v") == 0);
	if (argc != 4) {
		fprintf(stderr, "usage: score_taskings LABELS_DIR CABLES_DIR SEED_DIR\n"
		                "       score_taskings --survey CABLES_DIR [-v]\n");
		return 2;
	}
	const char *labels = argv[1], *cables = argv[2], *seed = argv[3];
	if (!dir_exists(labels)) {
		printf("skipped: no corpus (%s)\n", labels);
		return 0;
	}
	size_t nfiles;
	char **files = list_dir(labels, ".yaml", &nfiles);
	long tp = 0, fp = 0, fn = 0, dl_ok = 0, dl_all = 0;
	int ncables = 0;
	for (size_t fi = 0; fi < nfiles; fi++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", labels, files[fi]);
		struct label l;
		memset(&l, 0, sizeof l);
		if (load_label(path, &l) != 0) {
			free(l.pairs);
			continue;
		}
		char cpath[4096];
		snprintf(cpath, sizeof cpath, "%s/%s.txt", cables, l.id);
		if (!file_exists(cpath))
			snprintf(cpath, sizeof cpath, "%s/%s.txt", seed, l.id);
		ncables++;
		struct ct_error err;
		struct cable *c = file_exists(cpath) ? cable_parse_file(cpath, &err) : NULL;
		if (!c) {
			printf("%s: not parsed (%s)\n", l.id, file_exists(cpath) ? err.msg
			       : "no such cable");
			for (size_t i = 0; i < l.n; i++)
				fn += !l.pairs[i].optional;
			free(l.pairs);
			continue;
		}
		/* what was found, pair by pair */
		for (size_t k = 0; k < c->ntaskings; k++) {
			const struct tasking *t = &c->taskings[k];
			for (size_t j = 0; j < t->nparties; j++) {
				int matched = 0;
				for (size_t i = 0; i < l.n; i++) {
					struct label_pair *p = &l.pairs[i];
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
					printf("%s: extra ¶%d %s  (\"%s\")\n", l.id, t->paragraph,
					       t->parties[j], t->quote ? t->quote : "");
				}
			}
		}
		for (size_t i = 0; i < l.n; i++) {
			struct label_pair *p = &l.pairs[i];
			if (p->optional)
				continue;
			if (!p->found) {
				fn++;
				printf("%s: missed ¶%d %s\n", l.id, p->paragraph, p->party);
				continue;
			}
			const struct tasking *t = tasking_for(c, p->paragraph);
			const char *got = t && t->deadline ? t->deadline : "";
			dl_all++;
			if (strcmp(got, p->deadline) == 0)
				dl_ok++;
			else
				printf("%s: deadline ¶%d %s: got %s, label %s\n", l.id,
				       p->paragraph, p->party, *got ? got : "null",
				       *p->deadline ? p->deadline : "null");
		}
		cable_free(c);
		free(l.pairs);
	}
	free_list(files, nfiles);
	double P = (tp + fp) ? (double)tp / (double)(tp + fp) : 0.0;
	double R = (tp + fn) ? (double)tp / (double)(tp + fn) : 0.0;
	double F = P + R > 0 ? 2 * P * R / (P + R) : 0.0;
	double D = dl_all ? (double)dl_ok / (double)dl_all : 0.0;
	printf("taskings: P=%.2f R=%.2f F1=%.2f deadline=%.2f (%d cables; "
	       "tp=%ld fp=%ld fn=%ld)\n", P, R, F, D, ncables, tp, fp, fn);
	if (F < TARGET_F1 || D < TARGET_DEADLINE) {
		printf("taskings: below target (F1 >= %.2f, deadline >= %.2f)\n",
		       TARGET_F1, TARGET_DEADLINE);
		return 1;
	}
	return 0;
}
