package org.hanoinet.reporting;

/** Only the secretariat's node asks the network for its figures; this node is not the secretariat. */
public class NotTheSecretariat extends RuntimeException {

	public NotTheSecretariat() {
		super("This node is not the secretariat: the network report is requested on the secretariat's node, which signs the directory.");
	}
}
