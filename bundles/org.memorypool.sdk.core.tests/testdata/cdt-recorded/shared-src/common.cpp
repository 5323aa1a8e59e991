int shared_common()
{
	return 42;
}
