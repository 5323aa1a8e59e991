int helper_c(void)
{
	return 5;
}
