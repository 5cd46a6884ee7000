package org.hanoinet.node;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Reads a request body sent without a Content-Length (chunked) up to a limit, so that a filter can refuse one that
 * is too large before anything parses it, without holding more than the limit in memory.
 */
public final class BoundedBody {

	private BoundedBody() {
	}

	/** The request with its body read into memory, or empty when the body is longer than {@code limit} bytes. */
	public static Optional<HttpServletRequest> read(HttpServletRequest request, long limit) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = request.getInputStream()) {
			for (int read; (read = in.read(buffer)) != -1;) {
				if (body.size() + read > limit) {
					return Optional.empty();
				}
				body.write(buffer, 0, read);
			}
		}
		return Optional.of(new ReadBody(request, body.toByteArray()));
	}

	/** The request with its body already read, within the limit. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] target, int offset, int length) {
					return in.read(target, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body was already read");
				}
			};
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
