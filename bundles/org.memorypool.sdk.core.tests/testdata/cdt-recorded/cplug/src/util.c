int util_value(void) { return 3; }
