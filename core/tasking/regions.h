/* regions.h - the posts a region's words cover ("AF posts", "posts in West
 * Africa", "FOR ALL WEST AFRICAN POSTS:"): data/regions.tsv, compiled in.
 * Names are upper case with single spaces. */
#ifndef CABLETRACK_REGIONS_H
#define CABLETRACK_REGIONS_H

#include <stdbool.h>
#include <stddef.h>

/* Is name[0..n) a region of the table ("WEST AFRICAN", "WHA")? */
bool region_known(const char *name, size_t n);

/* Does the region name[0..n) hold the addressee post (its full name,
 * "AMEMBASSY ACCRA"), itself or through a region it holds?  A collective
 * of data/collectives.tsv is held when most of its posts are. */
bool region_holds(const char *name, size_t n, const char *post);

#endif
