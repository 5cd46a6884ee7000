/**
 * Legal rules: one table of every rule the node enforces (a contents item, a refusal ground, a bar on an act, a
 * clock, an admissibility check, a registry rule), each with the article it applies, how sure the project is of
 * it, the text it follows and the setting that changes it. The table is {@code law/rules.csv}; the modules that
 * enforce a rule cite it from here, so a reference is corrected in one place.
 * <p>
 * Convention: every article the node applies; the rows say which.
 * <p>
 * May use: shared, node (the navigation entry of its page). Its HTTP face is in {@code web}, private to it.
 */
@ApplicationModule(displayName = "Legal rules", allowedDependencies = {"shared", "node"})
package org.hanoinet.law;

import org.springframework.modulith.ApplicationModule;
