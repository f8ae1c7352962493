// Archive test: no program needs this member. Linked, it would clash
// with the program's own ar_prog and fail the build.
int ar_prog(int x)
{
	return x * 5;
}
