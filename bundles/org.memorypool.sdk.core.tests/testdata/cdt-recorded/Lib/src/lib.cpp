#include "../lib.h"
int lib_add(int a, int b) { return a + b; }
