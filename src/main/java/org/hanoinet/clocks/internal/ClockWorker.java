package org.hanoinet.clocks.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fires due clocks within a second of their due time, without polling by the hour. One thread claims due
 * running clocks in batches, due first, then sleeps until the next due time or until a clock due earlier is
 * committed on this instance, and never longer than {@code hanoinet.clocks.worker.max-sleep} so that clocks
 * started by other instances sharing the database fire in time too. Claims skip rows another instance holds,
 * so no clock fires twice. Clocks that fell due while the node was down fire at start, and say they are late.
 * It runs from the node's clock, so a test that moves that clock moves the worker.
 */
@Component
class ClockWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ClockWorker.class);

	private final JdbcLegalClocks clocks;

	private final Clock clock;

	private final int batchSize;

	private final Duration maxSleep;

	private final Object monitor = new Object();

	/**
	 * Guarded by {@link #monitor}: when the sleeping worker will look again ({@code Instant.MAX} while it works,
	 * so that a clock committed meanwhile is never missed), and whether a commit asked it to look sooner.
	 */
	private Instant plannedWake = Instant.MAX;

	private boolean woken;

	private volatile Thread thread;

	ClockWorker(JdbcLegalClocks clocks, Clock clock, ClocksProperties settings) {
		this.clocks = clocks;
		this.clock = clock;
		this.batchSize = settings.worker().batchSize();
		this.maxSleep = settings.worker().maxSleep();
	}

	@Override
	public void start() {
		synchronized (monitor) {
			if (thread != null) {
				return;
			}
			woken = false;
			thread = Thread.ofPlatform().name("hanoinet-clocks").daemon().unstarted(this::run);
			thread.start();
		}
	}

	@Override
	public void stop() {
		Thread running;
		synchronized (monitor) {
			running = thread;
			thread = null;
			monitor.notifyAll();
		}
		if (running != null) {
			try {
				running.join(Duration.ofSeconds(30));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	/** A clock due at {@code due} was committed: look at once if that is before the planned wake-up. */
	void wake(Instant due) {
		synchronized (monitor) {
			if (due.isBefore(plannedWake)) {
				woken = true;
				monitor.notifyAll();
			}
		}
	}

	private void run() {
		Thread self = Thread.currentThread();
		while (thread == self) {
			try {
				if (clocks.fire(clock.instant(), batchSize).size() == batchSize) {
					continue;
				}
				Instant now = clock.instant();
				Duration sleep = clocks.nextDueAt()
					.map(due -> Duration.between(now, due))
					.filter(untilDue -> untilDue.compareTo(maxSleep) < 0)
					.orElse(maxSleep);
				sleep(now, sleep);
			}
			catch (RuntimeException failed) {
				log.warn("Firing legal clocks failed; trying again in {}: {}", maxSleep, failed.toString());
				sleep(clock.instant(), maxSleep);
			}
		}
	}

	private void sleep(Instant now, Duration sleep) {
		synchronized (monitor) {
			plannedWake = now.plus(sleep);
			long nanos = sleep.toNanos();
			long deadline = System.nanoTime() + nanos;
			try {
				while (!woken && thread == Thread.currentThread() && nanos > 0) {
					TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
					nanos = deadline - System.nanoTime();
				}
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				thread = null;
			}
			woken = false;
			plannedWake = Instant.MAX;
		}
	}
}
