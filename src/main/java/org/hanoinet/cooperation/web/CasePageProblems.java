package org.hanoinet.cooperation.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.node.NavigationLink;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A case page the reader may not see (403: not a role that reads cases) or that does not exist for them (404: unknown,
 * or another State's case) is a readable page in the layout, not an error of the container.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { CaseListPage.class, DraftPages.class, CasePage.class })
class CasePageProblems {

	private final List<NavigationLink> navigation;

	CasePageProblems(List<NavigationLink> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
	}

	@ExceptionHandler(AccessRefused.class)
	ModelAndView refused(HttpServletRequest request, HttpServletResponse response) {
		return problemPage(HttpStatus.FORBIDDEN, "cooperation.forbidden", request, response);
	}

	@ExceptionHandler(CaseNotFound.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return problemPage(HttpStatus.NOT_FOUND, "cooperation.notFound", request, response);
	}

	private ModelAndView problemPage(HttpStatus status, String messageKey, HttpServletRequest request,
			HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("cases/problem", Map.of("messageKey", messageKey, "navigation", navigation,
				"currentPath", request.getRequestURI()));
		page.setStatus(status);
		return page;
	}
}
