/* SIGINT / SIGTERM routed to the running migration runner or connection (see interrupt.h). */
#include "interrupt.h"

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t requested;
static sg_migrate *volatile target;
static PGcancel *volatile cancel_conn;

static void on_signal(int sig)
{
	(void)sig;
	requested = 1;
	sg_migrate *m = target;
	if (m)
		sg_migrate_interrupt(m);
	PGcancel *c = cancel_conn;
	if (c) {
		char why[256];
		PQcancel(c, why, sizeof(why));
	}
}

void sg_interrupt_install(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

sg_migrate *sg_interrupt_target(sg_migrate *m)
{
	sg_migrate *previous = target;
	target = m;
	return previous;
}

void sg_interrupt_cancel_conn(PGcancel *cancel)
{
	cancel_conn = cancel;
}

bool sg_interrupt_requested(void)
{
	return requested != 0;
}
