/* error.c - see error.h */
#include "base/error.h"

#include <stdarg.h>
#include <stdio.h>

void ct_error_set(struct ct_error *err, const char *fmt, ...)
{
	if (!err)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
}
