package org.hanoinet.web.internal;

import org.hanoinet.node.NavigationLink;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.hanoinet.node.NodeProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the navigation, the current path and the node's name and mode. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final List<NavigationLink> navigation;

	private final NodeProperties node;

	LayoutModel(List<NavigationLink> navigation, NodeProperties node) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
		this.node = node;
	}

	@ModelAttribute("navigation")
	List<NavigationLink> navigation() {
		return navigation;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("nodeName")
	String nodeName() {
		return node.name();
	}

	@ModelAttribute("demo")
	boolean demo() {
		return node.demo();
	}
}
