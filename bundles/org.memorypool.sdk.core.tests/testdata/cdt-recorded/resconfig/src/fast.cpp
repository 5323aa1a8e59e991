#ifndef FAST_FILE
#error FAST_FILE must be defined for this file only
#endif
int fast_value()
{
	return FAST_FILE;
}
