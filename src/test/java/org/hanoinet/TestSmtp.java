package org.hanoinet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on a free loopback port, for the tests that check the e-mails a node sends. */
public final class TestSmtp {

	private TestSmtp() {
	}

	/** Starts a server; the caller stops it. */
	public static GreenMail start() {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}
}
