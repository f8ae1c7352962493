// Archive test: needed only through ar_scale.c.
int offset(int x)
{
	return x + 7;
}
