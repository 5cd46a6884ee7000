package org.hanoinet.evidence.internal;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;

import org.hanoinet.evidence.EvidenceProperties;
import org.hanoinet.node.NodeStartupFailure;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in a bucket of an S3-compatible object store (AWS S3, MinIO, Ceph...), under a key prefix. The chunks
 * arrive sealed, so the store only ever holds ciphertext; a PUT the store acknowledged is durable, which is what
 * {@link #put} waits for. A missing object is reported as {@link NoSuchFileException}, as the filesystem store
 * does, and every other failure of the store as an {@link IOException}.
 * <p>
 * With an endpoint (MinIO, Ceph, a local server) buckets are addressed by path ({@code http://host/bucket/key}),
 * which every S3-compatible server understands; without one, AWS's regional endpoint and virtual-hosted names.
 */
public class S3Store implements EvidenceStore, Closeable {

	/** The most keys one DeleteObjects request may name. */
	static final int MAX_BATCH = 1000;

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	private final String where;

	private final String accessKey;

	private final int batch;

	public S3Store(EvidenceProperties.S3 settings) {
		this(settings, MAX_BATCH);
	}

	S3Store(EvidenceProperties.S3 settings, int batch) {
		this.bucket = settings.bucket();
		this.prefix = settings.prefix() == null ? "" : settings.prefix();
		this.accessKey = settings.accessKey();
		this.batch = batch;
		this.where = settings.endpoint() == null ? "AWS S3 in " + settings.region() : settings.endpoint().toString();
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(10))
				.socketTimeout(Duration.ofSeconds(60))
				.build())
			.region(Region.of(settings.region()))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
			// S3-compatible servers often refuse the newer default checksums but all accept Content-MD5 where S3 requires one;
			// the chunks carry their own AES-GCM tag, which detects any corruption when they are read back
			.addPlugin(LegacyMd5Plugin.create());
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint()).forcePathStyle(true);
		}
		this.s3 = builder.build();
	}

	@Override
	public void put(String key, byte[] bytes, int length) throws IOException {
		try {
			s3.putObject(request -> request.bucket(bucket).key(prefix + key).contentLength((long) length),
					RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, length), length, "application/octet-stream"));
		}
		catch (SdkException failed) {
			throw failure("store", key, failed);
		}
	}

	@Override
	public byte[] get(String key) throws IOException {
		try {
			return s3.getObjectAsBytes(request -> request.bucket(bucket).key(prefix + key)).asByteArrayUnsafe();
		}
		catch (NoSuchKeyException missing) {
			NoSuchFileException notFound = new NoSuchFileException(prefix + key, null, "no such object in bucket " + bucket);
			notFound.initCause(missing);
			throw notFound;
		}
		catch (SdkException failed) {
			throw failure("read", key, failed);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			s3.deleteObject(request -> request.bucket(bucket).key(prefix + key));
		}
		catch (SdkException failed) {
			throw failure("delete", key, failed);
		}
	}

	/**
	 * Lists a batch of the keys under the prefix, deletes them in one request, and starts over until none is
	 * left: listing from the start again holds whether the store's continuation tokens survive deletions or not.
	 */
	@Override
	public void deleteAll(String keyPrefix) throws IOException {
		try {
			String previousFirst = null;
			while (true) {
				ListObjectsV2Response page = s3.listObjectsV2(request -> request.bucket(bucket).prefix(prefix + keyPrefix).maxKeys(batch));
				if (page.contents().isEmpty()) {
					return;
				}
				String first = page.contents().getFirst().key();
				if (first.equals(previousFirst)) {
					throw new IOException("The object " + first + " in bucket " + bucket + " is still listed after the store confirmed its deletion.");
				}
				previousFirst = first;
				List<ObjectIdentifier> objects = page.contents().stream().map(object -> ObjectIdentifier.builder().key(object.key()).build())
					.toList();
				DeleteObjectsResponse deleted = s3.deleteObjects(request -> request.bucket(bucket)
					.delete(Delete.builder().objects(objects).quiet(true).build()));
				if (!deleted.errors().isEmpty()) {
					throw new IOException(deleted.errors().size() + " objects under " + prefix + keyPrefix + " in bucket " + bucket
							+ " could not be deleted, the first " + deleted.errors().getFirst().key() + ": " + deleted.errors().getFirst().message());
				}
				if (!Boolean.TRUE.equals(page.isTruncated())) {
					return;
				}
			}
		}
		catch (SdkException failed) {
			throw failure("delete the objects under", keyPrefix, failed);
		}
	}

	/** Stops the start of a node whose bucket is missing, unreachable or closed to its credentials. */
	void requireBucket() {
		try {
			s3.headBucket(request -> request.bucket(bucket));
		}
		catch (S3Exception refused) {
			throw new NodeStartupFailure(switch (refused.statusCode()) {
				case 404 -> "The bucket '" + bucket + "' does not exist at " + where + ": create it, or correct hanoinet.evidence.s3.bucket.";
				case 401, 403 -> "The object store at " + where + " refuses the access key '" + accessKey + "' for the bucket '" + bucket
						+ "': correct hanoinet.evidence.s3.access-key and hanoinet.evidence.s3.secret-key, or grant them the bucket.";
				case 301 -> "The bucket '" + bucket + "' at " + where + " is not in the region '" + s3.serviceClientConfiguration().region()
						+ "': correct hanoinet.evidence.s3.region.";
				default -> "The object store at " + where + " answered HTTP " + refused.statusCode() + " for the bucket '" + bucket
						+ "': check the hanoinet.evidence.s3 settings.";
			}, refused);
		}
		catch (SdkClientException unreachable) {
			throw new NodeStartupFailure("The object store at " + where + " cannot be reached (" + unreachable.getMessage()
					+ "): correct hanoinet.evidence.s3.endpoint or start the store.", unreachable);
		}
	}

	@Override
	public void close() {
		s3.close();
	}

	private IOException failure(String action, String key, SdkException failed) {
		return new IOException("Cannot " + action + " " + prefix + key + " in bucket " + bucket + " at " + where + ": " + failed.getMessage(),
				failed);
	}
}
