// Archive test: needed by the program; needs offset() itself.
int offset(int x);

int scale(int x)
{
	return offset(x * 3);
}
