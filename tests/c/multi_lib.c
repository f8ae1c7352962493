// Module 2 of 2: a library function, and one nobody calls.
int checksum(const unsigned char *p, int n)
{
	int s = 0;

	for (int i = 0; i < n; i++)
		s += p[i] * (i + 1);
	return s;
}

int never_called(int x)
{
	return x * 3;
}
