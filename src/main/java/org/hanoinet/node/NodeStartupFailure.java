package org.hanoinet.node;

/**
 * A node cannot start because of its environment or settings: the message is one sentence that tells the
 * operator what is wrong and how to fix it, and is all that is printed.
 */
public class NodeStartupFailure extends RuntimeException {

	public NodeStartupFailure(String sentence) {
		super(sentence);
	}

	public NodeStartupFailure(String sentence, Throwable cause) {
		super(sentence, cause);
	}
}
