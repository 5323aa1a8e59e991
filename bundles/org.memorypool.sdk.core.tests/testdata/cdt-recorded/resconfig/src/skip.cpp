#error skip.cpp is excluded from the build
