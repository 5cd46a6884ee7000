package org.hanoinet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A HanoiNet node: one JVM and one PostgreSQL database serving the authorities of one or more States under
 * the UN Convention against Cybercrime.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HanoiNetApplication {

	public static void main(String[] args) {
		try {
			SpringApplication.run(HanoiNetApplication.class, args);
		}
		catch (RuntimeException startFailed) {
			// The reason was already reported in one sentence by the node's start-up failure reporter.
			System.exit(1);
		}
	}
}
