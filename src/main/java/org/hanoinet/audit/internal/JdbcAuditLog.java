package org.hanoinet.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hanoinet.audit.AuditLeaf;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.audit.Checkpoint;
import org.hanoinet.audit.InclusionProof;
import org.hanoinet.audit.MerkleTree;
import org.hanoinet.audit.TreeHashes;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.shared.AuditableEvent;
import org.hanoinet.shared.InvalidValue;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log in PostgreSQL. Appenders lock the single head row, so there is one writer at a time and the
 * leaf indices have no gaps; the lock is held until the caller's transaction ends, which is what makes a
 * leaf commit or roll back with the change it records.
 * <p>
 * Proofs come from an in-memory {@link MerkleTree} that catches up with the committed leaves before each
 * use (after a restart it reloads them once), so a proof at a million leaves costs microseconds. The catch-up
 * reads in a transaction of its own, so it never sees a caller's uncommitted leaves.
 */
@Repository
class JdbcAuditLog implements AuditLog {

	private static final String LEAF_COLUMNS = "select leaf_index, audit_type, occurred_at, leaf_data, leaf_hash from audit_leaf ";

	private static final String CHECKPOINT_COLUMNS = "select tree_size, root_hash, issued_at, key_id, signature from audit_checkpoint ";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final NodeKeys keys;

	private final Clock clock;

	private final TransactionTemplate ownReadTransaction;

	private final TransactionTemplate ownWriteTransaction;

	private final MerkleTree tree = new MerkleTree();

	private final JsonMapper json = JsonMapper.builder().build();

	JdbcAuditLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, NodeKeys keys, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.keys = keys;
		this.clock = clock;
		this.ownReadTransaction = new TransactionTemplate(transactions);
		this.ownReadTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownReadTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.ownReadTransaction.setReadOnly(true);
		this.ownWriteTransaction = new TransactionTemplate(transactions);
		this.ownWriteTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	@Transactional
	public List<AuditLeaf> append(List<? extends AuditableEvent> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		Head head = jdbc.sql("select tree_size, last_leaf_hash from audit_log_head where id = 1 for update")
			.query((row, number) -> new Head(row.getLong(1), row.getBytes(2)))
			.single();
		List<AuditLeaf> leaves = new ArrayList<>(events.size());
		List<String[]> fieldValues = new ArrayList<>(events.size());
		long index = head.treeSize();
		byte[] previous = head.lastLeafHash();
		for (AuditableEvent event : events) {
			byte[] data = leafData(index, previous, event);
			byte[] hash = TreeHashes.leafHash(data);
			leaves.add(new AuditLeaf(index, event.auditType(), event.occurredAt(), data, hash));
			fieldValues.add(event.auditFields().values().toArray(String[]::new));
			previous = hash;
			index++;
		}
		jdbcTemplate.batchUpdate("""
				insert into audit_leaf (leaf_index, leaf_hash, leaf_data, audit_type, occurred_at, field_values)
				values (?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement insert, int i) throws SQLException {
				AuditLeaf leaf = leaves.get(i);
				insert.setLong(1, leaf.index());
				insert.setBytes(2, leaf.hash());
				insert.setBytes(3, leaf.data());
				insert.setString(4, leaf.type());
				insert.setTimestamp(5, Timestamp.from(leaf.occurredAt()));
				Array values = insert.getConnection().createArrayOf("text", fieldValues.get(i));
				insert.setArray(6, values);
			}

			@Override
			public int getBatchSize() {
				return leaves.size();
			}
		});
		jdbc.sql("update audit_log_head set tree_size = ?, last_leaf_hash = ? where id = 1")
			.params(index, previous)
			.update();
		return leaves;
	}

	/** Appends in a new transaction that commits on its own, whatever the caller's transaction does. */
	List<AuditLeaf> appendInOwnTransaction(List<? extends AuditableEvent> events) {
		return ownWriteTransaction.execute(status -> append(events));
	}

	/**
	 * The leaf bytes: canonical JSON of the event's type, time and fields, the leaf's own index (so a leaf moved
	 * or removed is named by the verifier) and the previous leaf's hash (so an edited leaf is named by its
	 * successor).
	 */
	static byte[] leafData(long index, byte[] previousLeafHash, AuditableEvent event) {
		String type = event.auditType();
		if (type == null || !type.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
			throw new IllegalArgumentException("An audit type is a dotted lower-case name such as identity.login-failed, not '"
					+ type + "'");
		}
		if (event.occurredAt() == null) {
			throw new IllegalArgumentException("The audit event " + type + " does not say when it occurred");
		}
		Map<String, String> fields = event.auditFields() == null ? Map.of() : event.auditFields();
		fields.forEach((name, value) -> {
			if (name == null || name.isBlank() || value == null) {
				throw new IllegalArgumentException("The audit event " + type + " has a field without a name or value: "
						+ name);
			}
		});
		Map<String, Object> leaf = new HashMap<>();
		leaf.put("auditFields", fields);
		leaf.put("index", index);
		leaf.put("occurredAt", event.occurredAt().toString());
		leaf.put("previousLeafHash", previousLeafHash == null ? null : TreeHashes.hex(previousLeafHash));
		leaf.put("type", type);
		return CanonicalJson.write(leaf).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public long treeSize() {
		return committedTree().size();
	}

	@Override
	public Optional<Checkpoint> latestCheckpoint() {
		return jdbc.sql(CHECKPOINT_COLUMNS + "order by id desc limit 1").query(JdbcAuditLog::checkpoint).optional();
	}

	@Override
	public Checkpoint issueCheckpoint() {
		MerkleTree committed = committedTree();
		long size = committed.size();
		byte[] root = committed.rootHash(size);
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String keyId = keys.keyId();
		byte[] signature = keys.sign(Checkpoint.signedText(keyId, size, root, now).getBytes(StandardCharsets.UTF_8));
		Checkpoint checkpoint = new Checkpoint(size, root, now, keyId, signature);
		ownWriteTransaction.executeWithoutResult(status -> jdbc.sql("""
				insert into audit_checkpoint (tree_size, root_hash, issued_at, key_id, signature)
				values (?, ?, ?, ?, ?)""")
			.params(size, root, Timestamp.from(now), keyId, signature)
			.update());
		return checkpoint;
	}

	/** Issues a checkpoint unless the latest one already covers every committed leaf. */
	Optional<Checkpoint> issueCheckpointIfGrown() {
		long size = treeSize();
		Optional<Checkpoint> latest = latestCheckpoint();
		if (latest.isPresent() && latest.get().treeSize() == size) {
			return Optional.empty();
		}
		return Optional.of(issueCheckpoint());
	}

	@Override
	public List<byte[]> leafHashes(long start, long end) {
		MerkleTree committed = committedTree();
		long size = committed.size();
		if (start < 0) {
			throw new InvalidValue("start", "start must be 0 or more, not " + start + ".");
		}
		if (start > end) {
			throw new InvalidValue("start", "start (" + start + ") must not be greater than end (" + end + ").");
		}
		if (start >= size) {
			throw new InvalidValue("start", "start (" + start + ") must be below the tree size, " + size + ".");
		}
		long last = Math.min(Math.min(end, size - 1), start + MAX_PAGE - 1);
		List<byte[]> hashes = new ArrayList<>((int) (last - start + 1));
		for (long i = start; i <= last; i++) {
			hashes.add(committed.leafHash(i));
		}
		return hashes;
	}

	@Override
	public byte[] rootHash(long treeSize) {
		MerkleTree committed = committedTree();
		checkTreeSize("treeSize", treeSize, committed.size());
		return committed.rootHash(treeSize);
	}

	@Override
	public InclusionProof inclusionProof(long leafIndex, long treeSize) {
		MerkleTree committed = committedTree();
		checkTreeSize("treeSize", treeSize, committed.size());
		if (leafIndex < 0 || leafIndex >= treeSize) {
			throw new InvalidValue("leafIndex", "leafIndex (" + leafIndex + ") must be from 0 to below treeSize (" + treeSize
					+ ").");
		}
		return new InclusionProof(leafIndex, treeSize, committed.leafHash(leafIndex),
				committed.inclusionPath(leafIndex, treeSize), committed.rootHash(treeSize));
	}

	@Override
	public List<byte[]> consistencyProof(long first, long second) {
		MerkleTree committed = committedTree();
		checkTreeSize("second", second, committed.size());
		if (first < 0 || first > second) {
			throw new InvalidValue("first", "first (" + first + ") must be from 0 to second (" + second + ").");
		}
		return committed.consistencyProof(first, second);
	}

	private static void checkTreeSize(String parameter, long treeSize, long size) {
		if (treeSize < 1 || treeSize > size) {
			throw new InvalidValue(parameter, parameter + " (" + treeSize + ") must be from 1 to the size of the log, "
					+ size + ".");
		}
	}

	@Override
	public Optional<AuditLeaf> leaf(long index) {
		return jdbc.sql(LEAF_COLUMNS + "where leaf_index = ?").param(index).query(JdbcAuditLog::leaf).optional();
	}

	@Override
	public List<AuditLeaf> search(String fieldValue, int limit) {
		return jdbc.sql(LEAF_COLUMNS + "where field_values @> array[?]::text[] order by leaf_index desc limit ?")
			.params(fieldValue, Math.min(limit, MAX_PAGE))
			.query(JdbcAuditLog::leaf)
			.list();
	}

	@Override
	public List<AuditLeaf> latest(int limit) {
		return jdbc.sql(LEAF_COLUMNS + "order by leaf_index desc limit ?")
			.param(Math.min(limit, MAX_PAGE))
			.query(JdbcAuditLog::leaf)
			.list();
	}

	@Override
	public void export(OutputStream out) throws IOException {
		try {
			ownReadTransaction.executeWithoutResult(status -> {
				long size = jdbc.sql("select tree_size from audit_log_head where id = 1").query(Long.class).single();
				line(out, header(size));
				jdbcTemplate.query(connection -> {
					PreparedStatement select = connection.prepareStatement(
							"select leaf_index, leaf_data from audit_leaf where leaf_index < ? order by leaf_index");
					select.setLong(1, size);
					select.setFetchSize(1_000);
					return select;
				}, (ResultSet row) -> {
					Map<String, Object> leaf = new LinkedHashMap<>();
					leaf.put("kind", "leaf");
					leaf.put("index", row.getLong(1));
					leaf.put("data", new String(row.getBytes(2), StandardCharsets.UTF_8));
					line(out, leaf);
				});
				jdbc.sql(CHECKPOINT_COLUMNS + "where tree_size <= ? order by id").param(size)
					.query(JdbcAuditLog::checkpoint)
					.stream()
					.forEach(checkpoint -> line(out, exported(checkpoint)));
			});
		}
		catch (UncheckedIOException failed) {
			throw failed.getCause();
		}
	}

	private Map<String, Object> header(long size) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("kind", "header");
		header.put("format", "hanoinet-audit-export/1");
		header.put("treeSize", size);
		header.put("keyId", keys.keyId());
		header.put("publicKey", Base64.getEncoder().encodeToString(keys.rawPublicKey()));
		return header;
	}

	static Map<String, Object> exported(Checkpoint checkpoint) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("kind", "checkpoint");
		line.put("treeSize", checkpoint.treeSize());
		line.put("rootHash", Base64.getEncoder().encodeToString(checkpoint.rootHash()));
		line.put("issuedAt", checkpoint.issuedAt().toString());
		line.put("keyId", checkpoint.keyId());
		line.put("signature", Base64.getEncoder().encodeToString(checkpoint.signature()));
		return line;
	}

	private void line(OutputStream out, Map<String, Object> value) {
		try {
			out.write(json.writeValueAsBytes(value));
			out.write('\n');
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** The in-memory tree, caught up with every committed leaf. */
	private MerkleTree committedTree() {
		synchronized (tree) {
			ownReadTransaction.executeWithoutResult(status -> {
				long committed = jdbc.sql("select tree_size from audit_log_head where id = 1").query(Long.class).single();
				if (committed > tree.size()) {
					jdbcTemplate.query(connection -> {
						PreparedStatement select = connection.prepareStatement(
								"select leaf_index, leaf_hash from audit_leaf where leaf_index >= ? and leaf_index < ? order by leaf_index");
						select.setLong(1, tree.size());
						select.setLong(2, committed);
						select.setFetchSize(10_000);
						return select;
					}, (ResultSet row) -> {
						if (row.getLong(1) != tree.size()) {
							throw new IllegalStateException("The audit log has no leaf " + tree.size() + ": the database was altered");
						}
						tree.append(row.getBytes(2));
					});
				}
			});
			return tree;
		}
	}

	private static AuditLeaf leaf(ResultSet row, int number) throws SQLException {
		return new AuditLeaf(row.getLong("leaf_index"), row.getString("audit_type"),
				row.getTimestamp("occurred_at").toInstant(), row.getBytes("leaf_data"), row.getBytes("leaf_hash"));
	}

	private static Checkpoint checkpoint(ResultSet row, int number) throws SQLException {
		return new Checkpoint(row.getLong("tree_size"), row.getBytes("root_hash"), row.getTimestamp("issued_at").toInstant(),
				row.getString("key_id"), row.getBytes("signature"));
	}

	private record Head(long treeSize, byte[] lastLeafHash) {
	}
}
