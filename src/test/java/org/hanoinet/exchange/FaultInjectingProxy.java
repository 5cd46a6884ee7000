package org.hanoinet.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 in front of a node, for tests of what the network does to a transfer: once armed, it
 * cuts every open connection after a number of bytes have flowed back from the node, or flips one byte of that
 * flow. Each fault fires once; bytes are otherwise passed through untouched.
 */
final class FaultInjectingProxy implements AutoCloseable {

	private final ServerSocket server;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile int targetPort;

	/** Bytes sent back by the node since the last arming. */
	private final AtomicLong downstream = new AtomicLong();

	private volatile long cutAt = -1;

	private volatile long flipAt = -1;

	private volatile long holdAt = -1;

	private volatile java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(0);

	private final AtomicLong cuts = new AtomicLong();

	private final AtomicLong flips = new AtomicLong();

	FaultInjectingProxy() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "fault-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	/** Where the proxy forwards to. */
	void forwardTo(int port) {
		this.targetPort = port;
	}

	/** Cuts the connections once, after {@code bytes} more bytes came back from the node. */
	void cutAfter(long bytes) {
		downstream.set(0);
		cutAt = bytes;
	}

	/** Flips the bits of the byte at position {@code bytes} of what comes back from the node from now on, once. */
	void flipByteAt(long bytes) {
		downstream.set(0);
		flipAt = bytes;
	}

	/** Stops passing bytes back from the node, once {@code bytes} more have flowed, until {@link #release()}. */
	void holdAfter(long bytes) {
		held = new java.util.concurrent.CountDownLatch(1);
		downstream.set(0);
		holdAt = bytes;
	}

	/** Lets held bytes flow again. */
	void release() {
		held.countDown();
	}

	long cuts() {
		return cuts.get();
	}

	long flips() {
		return flips.get();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Socket node = new Socket();
				node.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2000);
				sockets.add(client);
				sockets.add(node);
				pump(client, node, false);
				pump(node, client, true);
			}
			catch (IOException closed) {
				// the server socket was closed, or the node refused: the client sees a reset
			}
		}
	}

	private void pump(Socket from, Socket to, boolean fromNode) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (fromNode) {
						long start = downstream.getAndAdd(read);
						long flip = flipAt;
						if (flip >= start && flip < start + read) {
							buffer[(int) (flip - start)] ^= (byte) 0xFF;
							flipAt = -1;
							flips.incrementAndGet();
						}
						long hold = holdAt;
						if (hold >= 0 && hold < start + read) {
							holdAt = -1;
							int before = (int) Math.max(0, hold - start);
							out.write(buffer, 0, before);
							out.flush();
							held.await();
							out.write(buffer, before, read - before);
							out.flush();
							continue;
						}
						long cut = cutAt;
						if (cut >= 0 && cut < start + read) {
							cutAt = -1;
							cuts.incrementAndGet();
							out.write(buffer, 0, (int) Math.max(0, cut - start));
							out.flush();
							cutAll();
							return;
						}
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException gone) {
				// one side closed: close the other below
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
			finally {
				close(from);
				close(to);
			}
		}, "fault-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void cutAll() {
		sockets.forEach(FaultInjectingProxy::close);
		sockets.clear();
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		cutAll();
	}
}
