int part_b()
{
	return 2;
}
