package org.hanoinet.directory.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.directory.Nodes;
import org.hanoinet.shared.AuthorityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcNodes implements Nodes {

	private final JdbcClient jdbc;

	JdbcNodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Node> findAll() {
		return jdbc.sql("select id, endpoint from directory_node order by id")
			.query((row, n) -> node(row.getString("id"), row.getString("endpoint")))
			.list();
	}

	@Override
	public Optional<Node> findById(String id) {
		return jdbc.sql("select id, endpoint from directory_node where id = ?")
			.param(id)
			.query((row, n) -> node(row.getString("id"), row.getString("endpoint")))
			.optional();
	}

	@Override
	@Transactional
	public void save(Node node) {
		jdbc.sql("insert into directory_node (id, endpoint) values (?, ?) on conflict (id) do update set endpoint = excluded.endpoint")
			.params(node.id(), node.endpoint().toString())
			.update();
		jdbc.sql("delete from directory_node_key where node_id = ?").param(node.id()).update();
		for (NodeKey key : node.keys()) {
			jdbc.sql("insert into directory_node_key (node_id, key_id, public_key, valid_from, valid_to) values (?, ?, ?, ?, ?)")
				.params(node.id(), key.keyId(), key.publicKey(), Timestamp.from(key.validFrom()),
						key.validTo() == null ? null : Timestamp.from(key.validTo()))
				.update();
		}
		jdbc.sql("delete from directory_node_authority where node_id = ?").param(node.id()).update();
		for (AuthorityId authority : node.authorities()) {
			jdbc.sql("insert into directory_node_authority (node_id, authority_id) values (?, ?)")
				.params(node.id(), authority.value())
				.update();
		}
	}

	private Node node(String id, String endpoint) {
		List<NodeKey> keys = jdbc
			.sql("select key_id, public_key, valid_from, valid_to from directory_node_key where node_id = ? order by valid_from, key_id")
			.param(id)
			.query((row, n) -> {
				Timestamp validTo = row.getTimestamp("valid_to");
				return new NodeKey(row.getString("key_id"), row.getString("public_key"),
						row.getTimestamp("valid_from").toInstant(), validTo == null ? null : validTo.toInstant());
			})
			.list();
		List<AuthorityId> authorities = jdbc
			.sql("select authority_id from directory_node_authority where node_id = ? order by authority_id")
			.param(id)
			.query((row, n) -> new AuthorityId(row.getObject("authority_id", UUID.class)))
			.list();
		return new Node(id, URI.create(endpoint), keys, authorities);
	}
}
