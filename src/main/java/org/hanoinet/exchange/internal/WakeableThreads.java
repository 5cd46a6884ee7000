package org.hanoinet.exchange.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;

/**
 * Daemon threads that each do a round of work again and again: straight on after a round that found something
 * to do, otherwise after a pause of at most a second, cut short by {@link #wake()} or {@link #wakeAll()} (called
 * after the commit that queued new work). A round that throws is logged and tried again after the pause.
 */
final class WakeableThreads {

	private static final Duration IDLE = Duration.ofSeconds(1);

	private final String name;

	private final int count;

	private final BooleanSupplier round;

	private final Logger log;

	private final String failure;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition woken = lock.newCondition();

	private boolean wakeRequested;

	private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	/**
	 * @param name the threads' name prefix (a number is appended)
	 * @param round one round of work; true when it found something to do
	 * @param failure what the log says when a round throws, before the exception's message
	 */
	WakeableThreads(String name, int count, BooleanSupplier round, Logger log, String failure) {
		this.name = name;
		this.count = count;
		this.round = round;
		this.log = log;
		this.failure = failure;
	}

	/**
	 * Work was queued: one thread looks now rather than at the end of its pause (or, if none is pausing, the
	 * next one to finish its round goes straight on). Waking one keeps the others from searching in vain; a
	 * round that finds more than it takes on should call this again so that another thread shares the work.
	 */
	void wake() {
		wake(false);
	}

	/** Work for every thread was queued: all of them look now. */
	void wakeAll() {
		wake(true);
	}

	private void wake(boolean all) {
		lock.lock();
		try {
			wakeRequested = true;
			if (all) {
				woken.signalAll();
			}
			else {
				woken.signal();
			}
		}
		finally {
			lock.unlock();
		}
	}

	void start() {
		running = true;
		for (int index = 1; index <= count; index++) {
			Thread thread = new Thread(this::run, name + index);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
	}

	void stop() {
		running = false;
		threads.forEach(Thread::interrupt);
		threads.clear();
	}

	boolean isRunning() {
		return running;
	}

	private void run() {
		while (running && !Thread.currentThread().isInterrupted()) {
			try {
				if (!round.getAsBoolean()) {
					pause();
				}
			}
			catch (RuntimeException failed) {
				log.warn("{}; retrying shortly: {}", failure, failed.getMessage());
				pause();
			}
		}
	}

	private void pause() {
		lock.lock();
		try {
			if (!wakeRequested) {
				woken.awaitNanos(IDLE.toNanos());
			}
			wakeRequested = false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		finally {
			lock.unlock();
		}
	}
}
