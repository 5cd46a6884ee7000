package org.hanoinet.treaty;

import java.util.List;
import java.util.Optional;

/** The recorded actions of the registry. */
public interface TreatyActions {

	/** Every recorded action, undated ones included, by date then participant. */
	List<Action> findAll();

	List<Action> findByParticipant(ParticipantCode participant);

	Optional<Action> findById(ActionId id);

	/** Records the action unless one with the same id exists; true when it was added. */
	boolean addIfAbsent(Action action, String recordedBy);

	/** Removes the action; true when there was one. */
	boolean remove(ActionId id);

	/** Removes every action. */
	void removeAll();
}
