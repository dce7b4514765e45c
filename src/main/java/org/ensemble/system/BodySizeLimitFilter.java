package org.ensemble.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 for bodies over the limit: at once when Content-Length says so, and while reading when
 * a chunked body grows past it. Multipart uploads are bounded by Spring's multipart settings instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	BodySizeLimitFilter(EnsembleProperties properties) {
		this.limit = properties.maxBodySize();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > this.limit) {
			ProblemResponses.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
					"The request body is larger than the limit of " + this.limit + " bytes");
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.limit), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			long max = this.limit;
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) {
					this.read += n;
					if (this.read > max) {
						throw new PayloadTooLargeException(max);
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}

	}

}
