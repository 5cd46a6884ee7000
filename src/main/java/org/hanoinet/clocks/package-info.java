/**
 * Legal clocks: Deadlines started by case events, reminders and escalations, with a record of when each obligation started and when it was met.
 * <p>
 * Convention: Art. 42 (preservation for at least 60 days) and the timeliness duties of arts. 40-41.
 * <p>
 * May use: shared, cooperation (its case events and parties), directory (the requested authority's time zone, in
 * which days of a period end), node (to stop a start with a bad setting in one sentence). Its {@code internal}
 * package and its {@code web} package (the clocks shown with a case, through cooperation's
 * {@code CaseViewContribution}) are private to it.
 */
@ApplicationModule(displayName = "Legal clocks", allowedDependencies = {"shared", "cooperation", "directory", "node"})
package org.hanoinet.clocks;

import org.springframework.modulith.ApplicationModule;
