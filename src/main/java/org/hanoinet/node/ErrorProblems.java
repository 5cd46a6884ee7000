package org.hanoinet.node;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The RFC 9457 problem for an HTTP error that no handler of a module described: an unknown path, a method or media
 * type the path does not take, a body too large, or an address the web server or its firewall rejects before any
 * module sees it. Machine paths ({@code /api/}, {@code /federation/}) always answer with such a problem; pages
 * answer with the readable error page.
 */
public final class ErrorProblems {

	/** The prefix of every problem type this node answers with. */
	public static final String TYPE_PREFIX = "urn:hanoinet:problem:";

	private ErrorProblems() {
	}

	/** Whether {@code path} (as requested, before decoding) belongs to a machine interface rather than to a page. */
	public static boolean machinePath(String path) {
		return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/federation/"));
	}

	/** The stable last part of the problem type for an HTTP status without a more specific type. */
	public static String code(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "invalid-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "too-many-requests";
			default -> status.is5xxServerError() ? "internal-error" : "http-" + status.value();
		};
	}

	/**
	 * The problem for {@code status} on {@code path}; {@code rejectedAddress} says the address itself was refused (an
	 * encoded slash or backslash, a NUL, {@code ..}, {@code ;} or {@code //}), which no route could have matched.
	 */
	public static ProblemDetail of(int status, String path, boolean rejectedAddress) {
		HttpStatus known = HttpStatus.resolve(status);
		HttpStatusCode code = HttpStatusCode.valueOf(status);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(code, detail(status, rejectedAddress));
		problem.setType(URI.create(TYPE_PREFIX + (rejectedAddress && status == 400 ? "rejected-address" : code(code))));
		problem.setTitle(known == null ? "HTTP " + status : known.getReasonPhrase());
		return problem;
	}

	private static String detail(int status, boolean rejectedAddress) {
		if (rejectedAddress && status == 400) {
			return "The address of the request contains characters or sequences this node never accepts in a path: an encoded"
					+ " slash or backslash, a NUL, '..', ';' or '//'. Ids are UUIDs; see /api/v1/openapi.json.";
		}
		return switch (status) {
			case 400 -> "The request could not be read as HTTP of the documented shape.";
			case 404 -> "There is nothing at this address. The operations are listed in /api/v1/openapi.json.";
			case 405 -> "This address does not take this HTTP method; /api/v1/openapi.json lists the methods it takes.";
			case 406 -> "This address cannot answer in the media type the Accept header asks for.";
			case 413 -> "The request body is larger than this address accepts.";
			case 415 -> "This address does not take a body of this Content-Type.";
			default -> status >= 500 ? "The node could not complete the request. The failure has been logged; nothing was changed."
					: "The request was refused with HTTP " + status + ".";
		};
	}

	/** A module's problem: its status, its stable type {@code urn:hanoinet:problem:<code>}, a title and the detail. */
	public static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setTitle(title);
		return problem;
	}

	/** The answer that carries {@code problem} for {@code request}, with the path asked for as its instance. */
	public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The problem type for {@code code}, e.g. {@code urn:hanoinet:problem:not-found}. */
	public static URI type(String code) {
		return URI.create(TYPE_PREFIX + code.toLowerCase(Locale.ROOT));
	}
}
