/* xdg.c - see xdg.h */
#include "base/xdg.h"

#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/xalloc.h"

char *xdg_dir(enum xdg_kind kind)
{
	static const char *const vars[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME",
	                                    "XDG_CACHE_HOME" };
	static const char *const under_home[] = { ".config", ".local/share", ".cache" };
	const char *xdg = getenv(vars[kind]);
	if (xdg && xdg[0] == '/')
		return xstrdup(xdg);
	const char *home = getenv("HOME");
	if (!home || home[0] != '/') {
		const struct passwd *pw = getpwuid(getuid());
		home = pw && pw->pw_dir && pw->pw_dir[0] == '/' ? pw->pw_dir : NULL;
	}
	return home ? xprintf("%s/%s", home, under_home[kind]) : NULL;
}
