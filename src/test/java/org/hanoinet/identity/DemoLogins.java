package org.hanoinet.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hanoinet.NodeHttp;
import org.hanoinet.identity.internal.Secrets;
import org.hanoinet.identity.internal.Totp;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo logins of a test node, read from {@code demo-credentials.json} as a script would, and an HTTP
 * client that sends their API tokens or signs in with them through the pages (keeping cookies).
 */
public final class DemoLogins {

	private final List<Login> logins;

	private final String base;

	public DemoLogins(Path dataDir, int port) {
		this.logins = JsonMapper.builder().build().readValue(dataDir.resolve("demo-credentials.json").toFile(),
				new TypeReference<List<Login>>() {
				});
		this.base = "http://127.0.0.1:" + port;
	}

	private DemoLogins(int port) {
		this.logins = List.of();
		this.base = "http://127.0.0.1:" + port;
	}

	/** A client of a node that has no demo logins, as a production node, for what any visitor may do. */
	public static DemoLogins withoutLogins(int port) {
		return new DemoLogins(port);
	}

	public List<Login> all() {
		return logins;
	}

	public Login of(String state, Role role) {
		return logins.stream()
			.filter(login -> login.state().equals(state) && login.role().equals(role.name()))
			.findFirst()
			.orElseThrow();
	}

	/** The TOTP code an authenticator app holding this secret shows at the given instant. */
	public static String totp(String secret, Instant at) {
		return Totp.code(Secrets.decodeTotpSecret(secret), at);
	}

	public HttpResponse<String> get(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(HttpClient.newHttpClient(), request);
	}

	public HttpResponse<String> get(String path, String token, String accept) {
		return send(HttpClient.newHttpClient(),
				HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).header("Accept", accept).GET());
	}

	public HttpResponse<String> send(String method, String path, String token, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(HttpClient.newHttpClient(), request);
	}

	/** A request with exactly the headers given (a tus upload, a file), and the token if there is one. */
	public HttpResponse<String> send(String method, String path, String token, Map<String, String> headers, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(HttpClient.newHttpClient(), request);
	}

	/**
	 * A browser-like session signed in as the demo user of {@code state} with {@code role}, by password and an
	 * authenticator code the node has not accepted yet (see {@link UnusedTotpCodes}).
	 */
	public Browser signedIn(String state, Role role, UnusedTotpCodes codes) {
		Login login = of(state, role);
		Browser browser = browser();
		browser.submit("/login", "/login", Map.of("username", login.user(), "password", login.password()));
		HttpResponse<String> signedIn = browser.submit("/login/code", "/login/code", Map.of("code", codes.codeFor(login)));
		if (signedIn.statusCode() / 100 != 3) {
			throw new IllegalStateException("Signing in as " + login.user() + " failed with status " + signedIn.statusCode());
		}
		return browser;
	}

	/** A browser-like session: keeps cookies, does not follow redirects, posts forms with their CSRF token. */
	public Browser browser() {
		return new Browser();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		return NodeHttp.send(client, request);
	}

	/** One line of demo-credentials.json. */
	public record Login(String user, String password, String totpSecret, String apiToken, String role, String authority,
			String state) {
	}

	public final class Browser {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		public HttpResponse<String> get(String path) {
			return send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
		}

		/** Submits the form of the page at {@code page} to {@code action}, with that page's CSRF token. */
		public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
			Matcher csrf = CSRF.matcher(get(page).body());
			String token = csrf.find() ? csrf.group(1) : "";
			return post(action, fields, token);
		}

		/** Submits a form whose fields may repeat (several ticked boxes of one name), with the page's CSRF token. */
		public HttpResponse<String> submit(String page, String action, List<Map.Entry<String, String>> fields) {
			Matcher csrf = CSRF.matcher(get(page).body());
			return post(action, fields, csrf.find() ? csrf.group(1) : "");
		}

		public HttpResponse<String> post(String action, Map<String, String> fields, String csrfToken) {
			return post(action, List.copyOf(fields.entrySet()), csrfToken);
		}

		public HttpResponse<String> post(String action, List<Map.Entry<String, String>> fields, String csrfToken) {
			String form = fields
				.stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			if (csrfToken != null) {
				form = form + "&_csrf=" + encode(csrfToken);
			}
			return send(client, HttpRequest.newBuilder(URI.create(base + action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
