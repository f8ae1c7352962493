// SPDX-License-Identifier: MIT
/* An object's structure checked before libbpf sees it (validate.h). */
#include "loader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "validate.h"
#include "valid_priv.h"

/* A private, writable image of @src: libelf may convert data in place. */
static void *map_source(const struct irbpf_source *src, size_t *size)
{
	struct stat st;
	void *image;
	int fd;

	if (src->data) {
		*size = src->size;
		image = malloc(src->size ? src->size : 1);
		if (image)
			memcpy(image, src->data, src->size);
		return image;
	}
	fd = open(src->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	image = NULL;
	if (fstat(fd, &st)) {
		/* errno says why */
	} else if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
	} else if (st.st_size <= 0) {
		errno = EINVAL;		/* empty: not an ELF object */
	} else {
		*size = (size_t)st.st_size;
		image = mmap(NULL, *size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
		if (image == MAP_FAILED)
			image = NULL;
	}
	close(fd);
	return image;
}

static void unmap_source(const struct irbpf_source *src, void *image, size_t size)
{
	if (src->data)
		free(image);
	else
		munmap(image, size);
}

int valid_fail(const struct valid_why *why, const char *fmt, ...)
{
	int len = snprintf(why->buf, why->size, "%s", why->prefix);
	va_list ap;

	if (len >= 0 && (size_t)len < why->size) {
		va_start(ap, fmt);
		vsnprintf(why->buf + len, why->size - (size_t)len, fmt, ap);
		va_end(ap);
	}
	return -EINVAL;
}

int irbpf_object_validate(const struct irbpf_source *src, char *why, size_t why_size)
{
	size_t size = 0;
	void *image;
	Elf *elf;
	int err;

	errno = 0;
	image = map_source(src, &size);
	if (!image) {
		err = errno ? -errno : -ENOMEM;
		if (err == -EINVAL)
			snprintf(why, why_size, "not an ELF object (empty file)");
		else
			snprintf(why, why_size, "%s", strerror(-err));
		return err;
	}
	elf_version(EV_CURRENT);
	elf = elf_memory(image, size);
	err = irbpf_elf_validate(elf, why, why_size);
	elf_end(elf);
	unmap_source(src, image, size);
	return err;
}
