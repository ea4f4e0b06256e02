/*
 * The directory lock of files_lock.h.
 */
#include "files_lock.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* See files_lock.h. */
int sg_files_lock_dir(const char *dir, sg_error *err)
{
	if (mkdir(dir, 0755) != 0 && errno != EEXIST)
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot create directory '%s': %s", dir, strerror(errno));
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot open directory '%s': %s", dir, strerror(errno));
	int rc;
	while ((rc = flock(fd, LOCK_EX)) != 0 && errno == EINTR)
		;
	if (rc != 0) {
		int e = errno;
		close(fd);
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot lock directory '%s': %s", dir, strerror(e));
	}
	return fd;
}

/* See files_lock.h. */
void sg_files_unlock_dir(int fd)
{
	if (fd >= 0)
		close(fd); /* closing the only descriptor releases the flock */
}
