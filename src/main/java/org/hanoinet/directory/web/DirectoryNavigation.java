package org.hanoinet.directory.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

	@Bean
	NavigationLink directoryLink() {
		return new NavigationLink(20, "/directory", "directory.nav");
	}
}
