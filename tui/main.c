/* main.c - PLACEHOLDER being replaced. */
#include <stdio.h>
int main(void)
{
	puts("cabletrack: under construction");
	return 0;
}
