/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_MAPS_H
#define IRBPF_MAPS_H

#include "stages/options.h"

/* --map-format's value; 0, or 1 after reporting an unknown one. */
int maps_parse_format(const char *arg, enum irbpf_map_format *fmt);

#endif
