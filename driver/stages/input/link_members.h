/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_LINK_MEMBERS_H
#define IRBPF_LINK_MEMBERS_H

#include <stdbool.h>

#include <llvm-c/Core.h>

/*
 * Which archive members a program needs, decided as a linker does: a
 * member is linked when it defines a symbol the program so far uses
 * without defining. With archives only, the members that define a
 * program entry point, a map or the licence start the program.
 */

/* True when @member defines a program, a map or the licence. */
bool link_member_is_root(LLVMModuleRef member);

/* The name of a symbol @member defines that @program uses without
 * defining, or NULL when it defines none. */
const char *link_member_needed_for(LLVMModuleRef program, LLVMModuleRef member);

#endif
