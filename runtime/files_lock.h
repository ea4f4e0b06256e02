/*
 * The lock that numbers new migrations: `migrate create` and `schemagen diff
 * --write` each pick the newest version plus one, and two of them at once in
 * one directory picked the same number (two files of one version, which every
 * later command refuses).  Whoever numbers and writes a pair holds an
 * exclusive flock(2) on the directory itself while it reads the directory and
 * writes, so a second writer waits and then sees the first one's files.
 */
#ifndef SG_FILES_LOCK_H
#define SG_FILES_LOCK_H

#include "schemagen/error.h"

/*
 * Create `dir` when missing and take an exclusive lock on it, waiting for a
 * holder.  Returns the descriptor that holds the lock (give it to
 * sg_files_unlock_dir), or -1 with err set (SG_ERR_SYSTEM).
 */
int sg_files_lock_dir(const char *dir, sg_error *err);

/* Release a lock sg_files_lock_dir took; -1 is accepted and does nothing. */
void sg_files_unlock_dir(int fd);

#endif
