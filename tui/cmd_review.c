/* cmd_review.c - PLACEHOLDER so the program links; its owner replaces it. */
#include <stdio.h>

#include "commands.h"

int cmd_review(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("cabletrack: review is not built yet\n", stderr);
	return 2;
}
