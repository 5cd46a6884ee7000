package org.hanoinet.node;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of a node, under the prefix {@code hanoinet} (environment variables {@code HANOINET_...}).
 *
 * @param name the name the node shows to its users, e.g. "HanoiNet node of Viet Nam"
 * @param dataDir where the node keeps its data: the embedded database and, later, evidence
 * @param demo whether the node seeds demonstration data; never set on a production node
 * @param database an external PostgreSQL server; when its URL is empty the node runs an embedded one
 */
@ConfigurationProperties("hanoinet")
public record NodeProperties(
		@DefaultValue("HanoiNet node") String name,
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("false") boolean demo,
		@DefaultValue Database database) {

	/**
	 * Connection to an external PostgreSQL server.
	 *
	 * @param url a JDBC URL such as {@code jdbc:postgresql://db.example:5432/hanoinet}; empty for the embedded database
	 * @param user the database user
	 * @param password the database password
	 */
	public record Database(String url, String user, String password) {

		public boolean external() {
			return url != null && !url.isBlank();
		}
	}

	/** Directory of the embedded PostgreSQL cluster. */
	public Path embeddedDatabaseDir() {
		return dataDir.resolve("postgres");
	}
}
