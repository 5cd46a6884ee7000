package org.hanoinet.law;

/** What a rule of the table governs, which is also the first part of its id. */
public enum RuleKind {

	/** An item a request of some type must or may contain ({@code contents.TYPE.ELEMENT}). */
	CONTENTS,

	/** A ground on which a request of some type may be refused ({@code ground.TYPE.GROUND}). */
	GROUND,

	/** A condition that must hold before an act is allowed ({@code bar.code}). */
	BAR,

	/** A legal deadline or a target that a clock watches ({@code clock.KIND}). */
	CLOCK,

	/** A check made before a request may be sent ({@code admissibility.name}). */
	ADMISSIBILITY,

	/** A rule of the treaty registry: signature, entry into force, denunciation ({@code registry.name}). */
	REGISTRY;

	/** The kind named by the first part of {@code id}, e.g. {@code contents} for {@code contents.PRESERVATION.NECESSITY}. */
	static RuleKind ofId(String id) {
		int dot = id.indexOf('.');
		String prefix = dot < 0 ? id : id.substring(0, dot);
		for (RuleKind kind : values()) {
			if (kind.name().equalsIgnoreCase(prefix)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("'" + id + "' does not start with a kind of rule: contents, ground, bar, clock,"
				+ " admissibility or registry.");
	}
}
