package org.hanoinet.treaty;

import java.time.LocalDate;
import java.util.Optional;

/** The log of what the registry's data stands on: one row per whole import or update. */
public interface RegistryBases {

	/** Records a change of the registry's data; the counts say what it did. */
	void record(RegistryBasis basis, String sha256, int added, int changed, int unchanged);

	/** The last change, if the registry was ever filled. */
	Optional<RegistryBasis> latest();

	/** The day of the latest notification the registry was ever brought up to. */
	Optional<LocalDate> latestNotificationDate();

	/** Whether an update already brought the registry up to this notification. */
	boolean knows(String reference);
}
