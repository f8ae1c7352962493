// SPDX-License-Identifier: MIT
#include "llvm/irverify.h"

#include <string.h>

#include <llvm-c/Analysis.h>

#include "diag/diag.h"

int irverify_module(LLVMModuleRef mod, const char *what)
{
	char *msg = NULL, *nl;

	if (!LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg)) {
		LLVMDisposeMessage(msg);
		return 0;
	}
	nl = msg ? strchr(msg, '\n') : NULL;
	if (nl)
		*nl = '\0';
	diag_error("%s: %s", what, msg && *msg ? msg : "verifier failed");
	LLVMDisposeMessage(msg);
	return -1;
}
