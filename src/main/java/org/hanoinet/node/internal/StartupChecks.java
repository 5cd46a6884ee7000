package org.hanoinet.node.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hanoinet.node.NodeStartupFailure;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the settings that can be checked before anything starts, so that a mistyped port or a data
 * directory the node cannot write stops it with one sentence rather than a stack trace further on.
 */
class StartupChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		checkPort(environment.getProperty("server.port"));
		checkDataDirectory(Path.of(environment.getProperty("hanoinet.data-dir", "./data")));
	}

	static void checkPort(String port) {
		if (port == null || port.isBlank()) {
			return;
		}
		int number;
		try {
			number = Integer.parseInt(port.trim());
		}
		catch (NumberFormatException notANumber) {
			number = -1;
		}
		if (number < 0 || number > 65535) {
			throw new NodeStartupFailure("The port '" + port + "' is not valid: give a number from 1 to 65535 (--port N).");
		}
	}

	static void checkDataDirectory(Path dataDir) {
		Path absolute = dataDir.toAbsolutePath().normalize();
		try {
			Files.createDirectories(absolute);
			Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException cannotWrite) {
			throw new NodeStartupFailure("The data directory " + absolute
					+ " cannot be written: choose another with --data DIR (HANOINET_DATA_DIR) or fix its permissions.",
					cannotWrite);
		}
	}
}
