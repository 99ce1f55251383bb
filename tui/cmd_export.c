/* cmd_export.c - PLACEHOLDER so the program links; its owner replaces it. */
#include <stdio.h>

#include "commands.h"

int cmd_export(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("cabletrack: export is not built yet\n", stderr);
	return 2;
}
