package org.hanoinet.evidence;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.hanoinet.cooperation.CaseType;
import org.hanoinet.shared.CountryCode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the evidence module, under {@code hanoinet.evidence}.
 *
 * @param chunkSize the size of the chunks items uploaded here are cut into (items received keep the sender's)
 * @param store where the encrypted chunks are kept: {@code filesystem} (under the data directory) or {@code s3} (a
 *        bucket of an S3-compatible object store, checked at start-up)
 * @param s3 the S3-compatible object store used when {@code store=s3}
 * @param retention how long items are kept before their bytes and keys are destroyed
 * @param ingestWorkers threads that hash, seal and store chunks while uploads read on; also how many chunks of one
 *        upload may be in flight (each costs two chunk-sized buffers)
 * @param maxItemSize the largest evidence file this node takes, uploaded by a user or announced by another node
 */
@ConfigurationProperties("hanoinet.evidence")
public record EvidenceProperties(
		@DefaultValue("8MB") DataSize chunkSize,
		@DefaultValue("filesystem") String store,
		@DefaultValue S3 s3,
		@DefaultValue Retention retention,
		@DefaultValue("2") int ingestWorkers,
		@DefaultValue("64GB") DataSize maxItemSize) {

	public EvidenceProperties {
		long bytes = chunkSize.toBytes();
		if (bytes < 64 * 1024 || bytes > 64L * 1024 * 1024) {
			throw new IllegalArgumentException("hanoinet.evidence.chunk-size must be between 64KB and 64MB, not " + chunkSize + ".");
		}
		if (ingestWorkers < 1 || ingestWorkers > 64) {
			throw new IllegalArgumentException("hanoinet.evidence.ingest-workers must be between 1 and 64, not " + ingestWorkers + ".");
		}
		if (maxItemSize.toBytes() < 1) {
			throw new IllegalArgumentException("hanoinet.evidence.max-item-size must be at least one byte, such as 64GB, not "
					+ maxItemSize + ".");
		}
		if (!store.equals("filesystem") && !store.equals("s3")) {
			throw new IllegalArgumentException("hanoinet.evidence.store must be 'filesystem' or 's3', not '" + store + "'.");
		}
	}

	/**
	 * An S3-compatible object store (AWS S3, MinIO, Ceph...).
	 *
	 * @param endpoint the endpoint URL (MinIO, Ceph... addressed by path: {@code http://host:port/bucket/key}); empty
	 *        for AWS's regional endpoint
	 * @param region the region
	 * @param bucket the bucket, which must exist
	 * @param accessKey the access key id
	 * @param secretKey the secret key
	 * @param prefix a key prefix inside the bucket
	 */
	public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
			String secretKey, @DefaultValue("evidence/") String prefix) {
	}

	/**
	 * Retention periods (art. 36: personal data kept no longer than needed).
	 *
	 * @param standard the period when nothing more specific is set
	 * @param periods periods by {@code STATE.CASE_TYPE}, {@code CASE_TYPE} or {@code STATE}, most specific first,
	 *        e.g. {@code hanoinet.evidence.retention.periods[VN.PRESERVATION]=P400D}
	 * @param sweep how often the node looks for items whose period has ended
	 */
	public record Retention(@DefaultValue("P1825D") Duration standard, Map<String, Duration> periods,
			@DefaultValue("PT1H") Duration sweep) {

		public Retention {
			periods = periods == null ? Map.of() : Map.copyOf(periods);
		}

		/** The period for items a State holds for a case of the type. */
		public Duration period(CountryCode state, CaseType type) {
			Duration specific = periods.get(state + "." + type.name());
			if (specific == null) {
				specific = periods.get(type.name());
			}
			if (specific == null) {
				specific = periods.get(state.toString());
			}
			return specific == null ? standard : specific;
		}
	}
}
