package org.ensemble.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Errors that Tomcat raises itself, before any servlet runs (a {@code ..} above the root or a
 * {@code %00} in the path, a malformed request line), are answered as RFC 9457 problems like every
 * other error, instead of Tomcat's HTML page. The host's error report valve is replaced by one that
 * writes the problem; it runs last among the customizers so that no other valve is put back.
 */
@Component
class ContainerErrorProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemReportValve());
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Writes the problem body for an error status that nothing else answered. */
	public static final class ProblemReportValve extends ErrorReportValve {

		private static final JsonMapper json = JsonMapper.builder().build();

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "about:blank");
			body.put("title", (known != null) ? known.getReasonPhrase() : "Error");
			body.put("status", status);
			body.put("detail", detail(status, response.getMessage()));
			try {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getOutputStream().write(json.writeValueAsBytes(body));
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ex) {
				// The client is gone, or the response was committed meanwhile: nothing more to say.
			}
		}

		private static String detail(int status, String message) {
			if (message != null && !message.isBlank()) {
				return message;
			}
			return (status == 400) ? "The request is malformed (for example its path holds '..' above the root or a NUL byte)"
					: "The server refused the request";
		}

	}

}
