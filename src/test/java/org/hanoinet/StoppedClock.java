package org.hanoinet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still at the instant a test chose and moves only when the test moves it, so that what a
 * test checks happens at exactly the time it names (a lock-out window, an escalation, a month of statistics).
 * Unlike {@link MovableClock}, no real time passes in between.
 */
public final class StoppedClock extends Clock {

	private volatile Instant now;

	public StoppedClock(Instant start) {
		this.now = start;
	}

	/** Moves the clock forward (or back) by {@code by}. */
	public void move(Duration by) {
		now = now.plus(by);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}
}
