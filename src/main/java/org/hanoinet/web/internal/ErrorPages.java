package org.hanoinet.web.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.hanoinet.node.ErrorProblems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the servlet container sends every error that no handler answered: an unknown path, the security
 * firewall's rejection of an address, a method or media type a path does not take. Machine paths get an RFC 9457
 * problem with a stable type, whatever the Accept header asks; pages get the readable error page, which says
 * whether the page does not exist, is not for the reader's role, or failed.
 */
@Controller
class ErrorPages implements ErrorController {

	private final LayoutModel layout;

	ErrorPages(LayoutModel layout) {
		this.layout = layout;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	Object error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String value ? value : request.getRequestURI();
		boolean rejected = request.getAttribute(FirewallRejections.REJECTED_ADDRESS) != null
				|| request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof RequestRejectedException;
		if (ErrorProblems.machinePath(path)) {
			ProblemDetail problem = ErrorProblems.of(status, path, rejected);
			if (!rejected) {
				problem.setInstance(safeInstance(path));
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error", Map.of("status", status, "rejected", rejected, "rolesForPage",
				status == 403 ? LayoutModel.rolesFor(layout.allLinks(), path).stream().sorted().toList() : List.of()));
		page.setStatus(HttpStatus.valueOf(status));
		return page;
	}

	private static URI safeInstance(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException notAUri) {
			return null;
		}
	}
}
