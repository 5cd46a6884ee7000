package org.hanoinet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for a node under test, so tests see exactly what a caller on the network sees. */
public final class NodeHttp {

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final String base;

	private final String bearerToken;

	public NodeHttp(int port) {
		this(port, null);
	}

	private NodeHttp(int port, String bearerToken) {
		this.base = "http://127.0.0.1:" + port;
		this.bearerToken = bearerToken;
	}

	/** The same node, called by a machine client that sends {@code Authorization: Bearer <token>}. */
	public NodeHttp withToken(String token) {
		return new NodeHttp(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), token);
	}

	public HttpResponse<String> send(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
	}

	public HttpResponse<String> getWithLanguage(String path, String acceptLanguage) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", acceptLanguage).GET());
	}

	public HttpResponse<String> post(String path, String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (bearerToken != null) {
			request.header("Authorization", "Bearer " + bearerToken);
		}
		return send(client, request);
	}

	/** Sends {@code request} with the 30 s timeout of every test call; a failure to connect is unchecked. */
	public static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}
}
