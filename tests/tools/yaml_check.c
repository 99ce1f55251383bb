/* yaml_check FILE - reads `cabletrack export --format yaml` with libyaml
 * and checks its shape: one document, a mapping with classification,
 * cables and items; every item a mapping with uuid, cable, paragraph,
 * status.  The file must start and end with the "# BANNER" comment line.
 * Prints "uuid status deadline" per item.  Exit 0 ok, 1 a check failed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static const char *get(yaml_document_t *d, yaml_node_t *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(d, p->key);
		yaml_node_t *v = yaml_document_get_node(d, p->value);
		if (k->type == YAML_SCALAR_NODE && v->type == YAML_SCALAR_NODE &&
		    strcmp((char *)k->data.scalar.value, key) == 0)
			return (char *)v->data.scalar.value;
	}
	return NULL;
}

static yaml_node_t *node(yaml_document_t *d, yaml_node_t *map, const char *key)
{
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(d, p->key);
		if (k->type == YAML_SCALAR_NODE && strcmp((char *)k->data.scalar.value, key) == 0)
			return yaml_document_get_node(d, p->value);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: yaml_check FILE\n", stderr);
		return 2;
	}
	const char *file = argv[1];
	FILE *f = fopen(file, "rb");
	if (!f) {
		perror(file);
		return 1;
	}
	char first[512] = "", last[512] = "";
	if (fgets(first, sizeof first, f)) {
		char line[512];
		while (fgets(line, sizeof line, f))
			memcpy(last, line, sizeof line);
	}
	rewind(f);
	int rc = 0;
	if (first[0] != '#' || strcmp(first, last) != 0) {
		fprintf(stderr, "yaml_check: %s: banner comment not first and last\n", file);
		rc = 1;
	}
	yaml_parser_t p;
	yaml_document_t d, d2;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_file(&p, f);
	if (!yaml_parser_load(&p, &d)) {
		fprintf(stderr, "yaml_check: %s:%zu: %s\n", file, p.problem_mark.line + 1,
		        p.problem ? p.problem : "error");
		return 1;
	}
	yaml_node_t *root = yaml_document_get_root_node(&d);
	if (!yaml_parser_load(&p, &d2) || yaml_document_get_root_node(&d2)) {
		fprintf(stderr, "yaml_check: %s: more than one document\n", file);
		rc = 1;
	}
	yaml_document_delete(&d2);
	yaml_node_t *items = root && root->type == YAML_MAPPING_NODE ? node(&d, root, "items") : NULL;
	if (!items || items->type != YAML_SEQUENCE_NODE || !get(&d, root, "classification") ||
	    !node(&d, root, "cables")) {
		fprintf(stderr, "yaml_check: %s: no classification, cables or items\n", file);
		rc = 1;
	} else {
		for (yaml_node_item_t *i = items->data.sequence.items.start;
		     i < items->data.sequence.items.top; i++) {
			yaml_node_t *it = yaml_document_get_node(&d, *i);
			const char *u = get(&d, it, "uuid"), *st = get(&d, it, "status");
			if (!u || !st || !get(&d, it, "cable") || !get(&d, it, "paragraph")) {
				fprintf(stderr, "yaml_check: %s: an item lacks uuid, cable, "
				        "paragraph or status\n", file);
				rc = 1;
				continue;
			}
			const char *dl = get(&d, it, "deadline");
			printf("%s %s %s\n", u, st, dl && strcmp(dl, "~") ? dl : "-");
		}
	}
	yaml_document_delete(&d);
	yaml_parser_delete(&p);
	fclose(f);
	return rc;
}
