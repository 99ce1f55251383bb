/* local_midnight.h - the instant a calendar day begins in the user's time
 * zone (TZ), for export_options.midnight: what Taskwarrior stores for
 * `task add due:DATE`.  The core takes it as a function so that its
 * writers read no environment. */
#ifndef CABLETRACK_LOCAL_MIDNIGHT_H
#define CABLETRACK_LOCAL_MIDNIGHT_H

/* UTC seconds of local 00:00 of the date (the first instant of the day
 * where a zone skips midnight); midnight UTC when mktime cannot say. */
long long local_midnight(int year, int month, int day);

#endif
