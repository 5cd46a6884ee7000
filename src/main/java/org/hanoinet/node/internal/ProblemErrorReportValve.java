package org.hanoinet.node.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.hanoinet.node.ErrorProblems;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * The web server's own error answer, for requests it rejects before the application sees them (an encoded slash,
 * backslash or NUL in the path, a malformed request line): problem+json on the machine paths, a short readable page
 * elsewhere, never Tomcat's HTML report with its version. Tomcat creates it by its class name, hence public.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		String path = request.getRequestURI();
		try {
			response.setCharacterEncoding("UTF-8");
			String body;
			if (ErrorProblems.machinePath(path)) {
				ProblemDetail problem = ErrorProblems.of(status, path, status == 400);
				response.setContentType("application/problem+json");
				body = JSON.writeValueAsString(problem);
			}
			else {
				response.setContentType("text/html");
				body = page(status);
			}
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException unwritable) {
			// The client is gone or the response is committed: there is nobody left to tell.
		}
	}

	private static String page(int status) {
		String sentence = status == 400
				? "This address is not valid: it contains characters that a HanoiNet node never accepts in a path."
				: "The node could not answer this request (HTTP " + status + ").";
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>HanoiNet: request refused</title></head>"
				+ "<body><main><h1>The request was refused</h1><p>" + sentence + "</p><p><a href=\"/\">Back to the home page</a>"
				+ "</p></main></body></html>";
	}
}
