package org.hanoinet.duty.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hanoinet.duty.DutyEvents.AlertShown;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.Role;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The duty pages open in browsers, as server-sent event streams: an alert shown to a point of contact is
 * pushed at once to its officers and to the supervisors and auditors of its State, who then reload the list.
 */
@Component
class AlertStream {

	private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

	private record Listener(SseEmitter emitter, Caller caller) {
	}

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	SseEmitter open(Caller caller) {
		SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
		Listener listener = new Listener(emitter, caller);
		listeners.add(listener);
		emitter.onCompletion(() -> listeners.remove(listener));
		emitter.onTimeout(() -> listeners.remove(listener));
		emitter.onError(failure -> listeners.remove(listener));
		try {
			emitter.send(SseEmitter.event().name("ready").data("ready"));
		}
		catch (IOException gone) {
			listeners.remove(listener);
		}
		return emitter;
	}

	@EventListener
	void on(AlertShown shown) {
		for (Listener listener : listeners) {
			Caller caller = listener.caller();
			boolean concerned = caller.state().value().equals(shown.state())
					&& (caller.authority().value().equals(shown.authority()) || caller.has(Role.SUPERVISOR)
							|| caller.has(Role.AUDITOR));
			if (!concerned) {
				continue;
			}
			try {
				listener.emitter().send(SseEmitter.event().name("alert").data(shown.alert().toString()));
			}
			catch (IOException | IllegalStateException gone) {
				listeners.remove(listener);
			}
		}
	}

	/** Closes every stream so that a graceful shutdown does not wait for open pages. */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		listeners.forEach(listener -> listener.emitter().complete());
		listeners.clear();
	}
}
