#ifndef EXTRA_FOLDER
#error EXTRA_FOLDER must be defined for extra/
#endif
#ifdef FAST_FILE
#error FAST_FILE is for src/fast.cpp only
#endif
int extra_value()
{
	return EXTRA_FOLDER;
}
