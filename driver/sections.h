/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_SECTIONS_H
#define IRBPF_SECTIONS_H

/* True when a function placed in section @sec is a program entry point. */
int sections_is_program(const char *sec);

#endif
