int extra_value()
{
	return 7;
}
