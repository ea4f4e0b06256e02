/*
 * Output of the `schemagen` commands (see output.h): never a byte of a failed
 * builder, never a partial file.
 */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/* See output.h. */
int sg_output_print(FILE *out, const sg_strbuf *text, sg_error *err)
{
	if (sg_strbuf_failed(text))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory: the output was not written");
	if (fwrite(text->data, 1, text->len, out) != text->len || fflush(out) != 0)
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot write to %s",
				    out == stdout ? "standard output" : "the output stream");
	return 0;
}

/* Create a new temporary file next to `path`: its name in *tmp, its descriptor returned, -1 with err set. */
static int open_temp(sg_strbuf *tmp, const char *path, mode_t mode, sg_error *err)
{
	for (unsigned attempt = 0;; attempt++) {
		sg_strbuf_reset(tmp);
		sg_strbuf_addf(tmp, "%s.tmp%ld.%u", path, (long)getpid(), attempt);
		if (sg_strbuf_failed(tmp))
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		int fd = open(tmp->data, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
		if (fd >= 0)
			return fd;
		if (errno != EEXIST || attempt == 100)
			return sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", path, strerror(errno));
	}
}

/* Write all of text to fd and flush it to disk; errno says why when it returns false. */
static bool write_all(int fd, const char *text, size_t len)
{
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, text + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return false;
		off += (size_t)w;
	}
	return fsync(fd) == 0;
}

/* See output.h. */
int sg_output_write_file(const char *path, const char *text, size_t len, mode_t mode, bool replace, sg_error *err)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	int fd = open_temp(&tmp, path, mode, err);
	if (fd < 0) {
		sg_strbuf_release(&tmp);
		return -1;
	}
	int rc = 0;
	bool written = write_all(fd, text, len);
	int e = errno;
	if (close(fd) != 0 && written) {
		written = false;
		e = errno;
	}
	if (!written) {
		rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", path, strerror(e));
	} else if (replace) {
		if (rename(tmp.data, path) != 0)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", path, strerror(errno));
	} else if (link(tmp.data, path) != 0) {
		/* A hard link gives the name only when it is free: an existing file is never replaced. */
		rc = sg_error_set(err, errno == EEXIST ? SG_ERR_INPUT : SG_ERR_SYSTEM, "cannot create '%s': %s", path,
				  strerror(errno));
	}
	/* After a rename the temporary name is gone; after a link (or a failure) it is removed. */
	if (rc != 0 || !replace)
		unlink(tmp.data);
	sg_strbuf_release(&tmp);
	return rc;
}

/* See output.h. */
int sg_output_write_temp(char **tmp_out, const char *path, const char *text, size_t len, mode_t mode, sg_error *err)
{
	*tmp_out = NULL;
	sg_strbuf tmp = SG_STRBUF_INIT;
	int fd = open_temp(&tmp, path, mode, err);
	if (fd < 0) {
		sg_strbuf_release(&tmp);
		return -1;
	}
	bool written = write_all(fd, text, len);
	int e = errno;
	if (close(fd) != 0 && written) {
		written = false;
		e = errno;
	}
	if (!written) {
		unlink(tmp.data);
		sg_strbuf_release(&tmp);
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", path, strerror(e));
	}
	*tmp_out = sg_strbuf_detach(&tmp, NULL);
	return 0;
}

/* See output.h. */
int sg_output_write_builder(const char *path, const sg_strbuf *text, mode_t mode, bool replace, sg_error *err)
{
	if (sg_strbuf_failed(text))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory: '%s' was not written", path);
	return sg_output_write_file(path, text->data, text->len, mode, replace, err);
}
