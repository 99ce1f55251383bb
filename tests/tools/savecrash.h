/* savecrash.h - the save loop that tests/tools/savecrash.c runs and
 * tests/unit/test_review.c kills with SIGKILL, and the two states it
 * alternates between.  Header-only so that the tool and the test agree. */
#ifndef CABLETRACK_SAVECRASH_H
#define CABLETRACK_SAVECRASH_H

#include <string.h>
#include <unistd.h>

#include "review/review.h"

#define SAVECRASH_ID "08STATE104535"

/* The taskings of 08STATE104535 (paras 4 and 7), built by hand. */
static inline void savecrash_cable(struct cable *c)
{
	static const char *const both[] = {"USMISSION USOSCE", "USMISSION UNVIE VIENNA"};
	memset(c, 0, sizeof *c);
	arena_init(&c->arena);
	c->id = SAVECRASH_ID;
	c->ntaskings = 2;
	c->taskings = arena_alloc(&c->arena, 2 * sizeof *c->taskings);
	c->taskings[0].paragraph = 4;
	c->taskings[0].parties = arena_alloc(&c->arena, 2 * sizeof(char *));
	c->taskings[0].parties[0] = both[0];
	c->taskings[0].parties[1] = both[1];
	c->taskings[0].nparties = 2;
	c->taskings[0].quote = "Washington requests Post pursue";
	c->taskings[1].paragraph = 7;
	c->taskings[1].parties = arena_alloc(&c->arena, sizeof(char *));
	c->taskings[1].parties[0] = both[0];
	c->taskings[1].nparties = 1;
	c->taskings[1].deadline = "2008-10-15";
	c->taskings[1].deadline_text = "NLT October 15";
	c->taskings[1].quote = "Post is requested to respond NLT October 15";
}

/* State B is much longer than A, so a torn write could not pass for A. */
static inline const char *savecrash_note(int state, int i)
{
	static const char *const a[] = {"state A: raise at the PC", "state A: FSC", "state A"};
	static const char *const b[] = {
		"state B: Washington requests Post pursue the following objectives to "
		"ensure that REFTEL views from USOSCE and UNVIE are integrated into both "
		"the Permanent Council (PC) and the Forum for Security Cooperation (FSC)\n"
		"decisions for the OSCE Ministerial Council meeting in December.",
		"state B: respond NLT October 15 \xe2\x80\x94 include views on the Strategy paper",
		"state B: \xc3\xa9t\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d\n\ttabbed\n",
	};
	return state ? b[i % 3] : a[i % 3];
}

static inline void savecrash_apply(struct review *r, int state)
{
	for (size_t i = 0; i < r->n; i++) {
		review_set_status(r, &r->items[i], state ? STATUS_DONE : STATUS_OPEN);
		review_set_note(r, &r->items[i], savecrash_note(state, (int)i));
		review_set_due(r, &r->items[i], state ? "2008-10-15" : NULL);
	}
}

/* 0 or 1 when r is exactly that state, else -1. */
static inline int savecrash_state(const struct review *r)
{
	if (r->n != 3)
		return -1;
	for (int state = 0; state < 2; state++) {
		bool ok = true;
		for (size_t i = 0; i < r->n && ok; i++) {
			const struct review_item *it = &r->items[i];
			ok = it->status == (state ? STATUS_DONE : STATUS_OPEN) && it->note &&
			     strcmp(it->note, savecrash_note(state, (int)i)) == 0 &&
			     (state ? it->due && strcmp(it->due, "2008-10-15") == 0 : !it->due);
		}
		if (ok)
			return state;
	}
	return -1;
}

/* Load the review in dir, take the lock, write one byte to ready_fd, then
 * save the two states in turn until killed.  Returns only on an error. */
static inline int savecrash_loop(const char *dir, int ready_fd)
{
	struct ct_error err;
	struct review *r;
	if (review_load(dir, SAVECRASH_ID, &r, &err) != REVIEW_OK)
		return 2;
	if (savecrash_state(r) < 0) {
		review_free(r);
		return 3;
	}
	review_lock(r);
	if (ready_fd >= 0) {
		if (write(ready_fd, "x", 1) != 1) {
			review_free(r);
			return 4;
		}
		close(ready_fd);
	}
	for (int i = 0;; i++) {
		savecrash_apply(r, i % 2);
		if (review_save(r, false, &err) != REVIEW_OK) {
			review_free(r);
			return 5;
		}
	}
}

#endif
