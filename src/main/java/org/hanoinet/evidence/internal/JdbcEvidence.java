package org.hanoinet.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.evidence.CustodyAction;
import org.hanoinet.evidence.CustodyEvent;
import org.hanoinet.evidence.EvidenceItem;
import org.hanoinet.evidence.EvidenceItemId;
import org.hanoinet.evidence.EvidenceStatus;
import org.hanoinet.evidence.UploadId;
import org.hanoinet.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The evidence tables: uploads in progress, chunk hashes, items and their custody chains. */
@Repository
public class JdbcEvidence {

	private static final String UPLOAD = """
			select id, item_id, case_id, file_name, media_type, size, chunk_size, wrapped_key, holder_state, actor,
			origin_node, from_node, source_item, expected_sha256, expected_chunks, stored_chunks, tail_length, started_at
			from evidence_upload\s""";

	private static final String ITEM = """
			select id, case_id, file_name, media_type, size, sha256, chunk_size, added_at, origin_node, holder_state, status,
			(select string_agg(c.sha256, ',' order by c.idx) from evidence_chunk c where c.item_id = evidence_item.id) chunks
			from evidence_item\s""";

	private static final ObjectMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	JdbcEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An upload in progress: its item, its announced size, where it stands. */
	public record Upload(UploadId id, EvidenceItemId item, CaseId caseId, String fileName, String mediaType, long size,
			int chunkSize, byte[] wrappedKey, CountryCode holder, String actor, String originNode, String fromNode, EvidenceItemId sourceItem,
			String expectedSha256, List<String> expectedChunks, int storedChunks, int tailLength, Instant startedAt) {

		/** Bytes durably stored so far. */
		public long offset() {
			return Math.min(size, (long) storedChunks * chunkSize) + tailLength;
		}

		/** The length of chunk {@code index}. */
		public int chunkLength(int index) {
			return (int) Math.min(chunkSize, size - (long) index * chunkSize);
		}

		/** The number of chunks of the complete item. */
		public int chunks() {
			return (int) ((size + chunkSize - 1) / chunkSize);
		}
	}

	public void addUpload(Upload upload) {
		jdbc.sql("""
				insert into evidence_upload (id, item_id, case_id, file_name, media_type, size, chunk_size, wrapped_key, holder_state,
				actor, origin_node, from_node, source_item, expected_sha256, expected_chunks, started_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(upload.id().value(), upload.item().value(), upload.caseId().value(), upload.fileName(), upload.mediaType(),
					upload.size(), upload.chunkSize(), upload.wrappedKey(), upload.holder().toString(), upload.actor(),
					upload.originNode(), upload.fromNode(),
					upload.sourceItem() == null ? null : upload.sourceItem().value(), upload.expectedSha256(),
					upload.expectedChunks() == null ? null : String.join(",", upload.expectedChunks()),
					Timestamp.from(upload.startedAt()))
			.update();
	}

	public Optional<Upload> upload(UploadId id) {
		return jdbc.sql(UPLOAD + "where id = ?").param(id.value()).query(JdbcEvidence::upload).optional();
	}

	public List<Upload> uploadsOf(CaseId caseId) {
		return jdbc.sql(UPLOAD + "where case_id = ? order by started_at").param(caseId.value()).query(JdbcEvidence::upload).list();
	}

	/** Moves the upload's resume point, if nobody moved it meanwhile; false when someone did. */
	public boolean advance(UploadId id, int fromChunks, int fromTail, int toChunks, int toTail) {
		return jdbc.sql("""
				update evidence_upload set stored_chunks = ?, tail_length = ?
				where id = ? and stored_chunks = ? and tail_length = ?""")
			.params(toChunks, toTail, id.value(), fromChunks, fromTail)
			.update() == 1;
	}

	public void addChunk(EvidenceItemId item, int index, String sha256, int length) {
		jdbc.sql("""
				insert into evidence_chunk (item_id, idx, sha256, length) values (?, ?, ?, ?)
				on conflict (item_id, idx) do update set sha256 = excluded.sha256, length = excluded.length""")
			.params(item.value(), index, sha256, length)
			.update();
	}

	public List<String> chunkHashes(EvidenceItemId item) {
		return jdbc.sql("select sha256 from evidence_chunk where item_id = ? order by idx").param(item.value())
			.query((rs, row) -> rs.getString(1))
			.list();
	}

	public void removeChunks(EvidenceItemId item) {
		jdbc.sql("delete from evidence_chunk where item_id = ?").param(item.value()).update();
	}

	public void removeUpload(UploadId id) {
		jdbc.sql("delete from evidence_upload where id = ?").param(id.value()).update();
	}

	public void addItem(EvidenceItem item, byte[] wrappedKey) {
		jdbc.sql("""
				insert into evidence_item (id, case_id, file_name, media_type, size, sha256, chunk_size, added_at, origin_node,
				holder_state, status, wrapped_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(item.id().value(), item.caseId().value(), item.fileName(), item.mediaType(), item.size(), item.sha256(),
					item.chunkSize(), Timestamp.from(item.addedAt()), item.originNode(), item.holder().toString(),
					item.status().name(), wrappedKey)
			.update();
	}

	public Optional<EvidenceItem> item(EvidenceItemId id) {
		return jdbc.sql(ITEM + "where id = ?").param(id.value()).query(JdbcEvidence::item).optional();
	}

	public List<EvidenceItem> itemsOf(CaseId caseId) {
		return jdbc.sql(ITEM + "where case_id = ? order by added_at, id").param(caseId.value()).query(JdbcEvidence::item).list();
	}

	/** Stored items added before the instant: candidates for the end of retention. */
	public List<EvidenceItem> storedBefore(Instant instant, int limit) {
		return jdbc.sql(ITEM + "where status = 'STORED' and added_at < ? order by added_at limit ?")
			.params(Timestamp.from(instant), limit)
			.query(JdbcEvidence::item)
			.list();
	}

	public Optional<byte[]> wrappedKey(EvidenceItemId id) {
		return jdbc.sql("select wrapped_key from evidence_item where id = ? and wrapped_key is not null")
			.param(id.value())
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** Erases the wrapped key and marks the item deleted; false if it was already. */
	public boolean shred(EvidenceItemId id, Instant at) {
		return jdbc.sql("update evidence_item set status = 'DELETED', wrapped_key = null, deleted_at = ? where id = ? and status = 'STORED'")
			.params(Timestamp.from(at), id.value())
			.update() == 1;
	}

	/** Locks the item's row so that custody events of one item are numbered one after the other. */
	public void lockItem(EvidenceItemId id) {
		jdbc.sql("select id from evidence_item where id = ? for update").param(id.value()).query((rs, row) -> 1).optional();
	}

	public Optional<CustodyEvent> lastCustody(EvidenceItemId id) {
		return jdbc.sql("""
				select item_id, sequence, action, who, node, at, item_sha256, details, previous_hash, hash from evidence_custody
				where item_id = ? order by sequence desc limit 1""")
			.param(id.value())
			.query(JdbcEvidence::custody)
			.optional();
	}

	public void addCustody(CustodyEvent event) {
		jdbc.sql("""
				insert into evidence_custody (item_id, sequence, action, who, node, at, item_sha256, details, previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event.item().value(), event.sequence(), event.action().name(), event.who(), event.node(),
					Timestamp.from(event.at()), event.itemSha256(), json.writeValueAsString(new java.util.TreeMap<>(event.details())),
					event.previousHash(), event.hash())
			.update();
	}

	public List<CustodyEvent> custody(EvidenceItemId id) {
		return jdbc.sql("""
				select item_id, sequence, action, who, node, at, item_sha256, details, previous_hash, hash from evidence_custody
				where item_id = ? order by sequence""")
			.param(id.value())
			.query(JdbcEvidence::custody)
			.list();
	}

	private static Upload upload(ResultSet rs, int row) throws SQLException {
		String expected = rs.getString("expected_chunks");
		return new Upload(new UploadId(rs.getObject("id", UUID.class)), new EvidenceItemId(rs.getObject("item_id", UUID.class)),
				new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("file_name"), rs.getString("media_type"),
				rs.getLong("size"), rs.getInt("chunk_size"), rs.getBytes("wrapped_key"), new CountryCode(rs.getString("holder_state")),
				rs.getString("actor"), rs.getString("origin_node"), rs.getString("from_node"),
				rs.getObject("source_item") == null ? null : new EvidenceItemId(rs.getObject("source_item", UUID.class)),
				rs.getString("expected_sha256"),
				expected == null ? null : Arrays.asList(expected.split(",")), rs.getInt("stored_chunks"), rs.getInt("tail_length"),
				rs.getTimestamp("started_at").toInstant());
	}

	private static EvidenceItem item(ResultSet rs, int row) throws SQLException {
		String chunks = rs.getString("chunks");
		return new EvidenceItem(new EvidenceItemId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"),
				rs.getInt("chunk_size"), chunks == null ? List.of() : Arrays.asList(chunks.split(",")),
				rs.getTimestamp("added_at").toInstant(), rs.getString("origin_node"), new CountryCode(rs.getString("holder_state")),
				EvidenceStatus.valueOf(rs.getString("status")));
	}

	private static CustodyEvent custody(ResultSet rs, int row) throws SQLException {
		Map<String, String> details = new LinkedHashMap<>(json.readValue(rs.getString("details"), new TypeReference<Map<String, String>>() {
		}));
		return new CustodyEvent(new EvidenceItemId(rs.getObject("item_id", UUID.class)), rs.getLong("sequence"),
				CustodyAction.valueOf(rs.getString("action")), rs.getString("who"), rs.getString("node"),
				rs.getTimestamp("at").toInstant(), rs.getString("item_sha256"), details, rs.getString("previous_hash"),
				rs.getString("hash"));
	}
}
