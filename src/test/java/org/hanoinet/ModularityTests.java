package org.hanoinet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(HanoiNetApplication.class);

	@Test
	void modulesFormADagAndKeepTheirInternalsPrivate() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheDesignExists() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("shared", "treaty", "directory", "cooperation", "clocks", "duty", "evidence",
					"exchange", "audit", "identity", "reporting", "web", "node", "law", "assistance");
	}

	@Test
	void theWebModuleKeepsOnlyTheShellAndThePagesThatCombineModules() {
		ApplicationModule web = modules.getModuleByName("web").orElseThrow();
		assertThat(web.getBasePackage().stream().map(type -> type.getPackageName()).distinct())
			.as("a module's own pages live in its web package, not in the web module")
			.allMatch(name -> name.equals("org.hanoinet.web") || name.equals("org.hanoinet.web.internal"));
	}
}
