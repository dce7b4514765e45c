package org.ensemble.system;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.ensemble.credit.UnknownRoleException;

/** Every error the API answers is an RFC 9457 problem, built here and nowhere else. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ProblemHandler.class);

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		if (!ex.unknown().isEmpty()) {
			problem.setProperty("unknown", ex.unknown());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("parameter", ex.parameter());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknownRole(UnknownRoleException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
	}

	/** A query over its transaction timeout, or a database that is away, is the server's problem: 503. */
	@ExceptionHandler({ TransientException.class, ServiceUnavailableException.class, SessionExpiredException.class })
	ResponseEntity<ProblemDetail> unavailable(RuntimeException ex) {
		log.warn("Database unavailable for a request: " + ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				isBusy(ex) ? "The service is answering as many questions as it can; try again shortly"
						: isTimeout(ex) ? "The question took longer than the configured time limit; narrow it (fewer hops, a smaller depth or limit)"
								: "The database is unavailable; try again shortly");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> clientError(ClientException ex) {
		if (isTimeout(ex)) {
			return unavailable(ex);
		}
		if (ex.code().contains("InvalidBookmark")) {
			// Decoded, but not bookmarks of this database: the client sent something else in the header.
			BadRequestException bad = new BadRequestException(RequestBookmarks.HEADER, "not a bookmark of this database");
			return ResponseEntity.badRequest().body(badRequest(bad));
		}
		throw ex;
	}

	/** A question that found no turn to read within its time limit ({@link GraphTransactions}). */
	private static boolean isBusy(RuntimeException ex) {
		return GraphTransactions.BUSY.equals(code(ex));
	}

	private static boolean isTimeout(RuntimeException ex) {
		String code = code(ex);
		return code.contains("TransactionTimedOut") || code.contains("Terminated");
	}

	/** Neo4j's status code of the error, or empty. */
	private static String code(RuntimeException ex) {
		return (ex instanceof org.neo4j.driver.exceptions.Neo4jException neo4j) ? neo4j.code() : "";
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException tooLarge) {
				return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, readableDetail(ex));
		return ResponseEntity.badRequest().body(problem);
	}

	private static String readableDetail(HttpMessageNotReadableException ex) {
		UnknownRoleException role = find(ex, UnknownRoleException.class);
		JacksonException json = find(ex, JacksonException.class);
		String path = json == null ? "" : path(json.getPath());
		if (role != null) {
			return (path.isEmpty() ? "" : path + ": ") + role.getMessage();
		}
		if (json != null) {
			String message = json.getOriginalMessage();
			int newline = message.indexOf('\n');
			message = newline > 0 ? message.substring(0, newline) : message;
			return "Malformed JSON" + (path.isEmpty() ? "" : " at " + path) + ": " + message;
		}
		return "The request body is missing or is not JSON";
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		List<String> fields = ex.violations().stream().map(InvalidInputException.Violation::field).distinct().sorted().toList();
		problem.setProperty("parameter", fields.get(0));
		problem.setProperty("errors", fields);
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> error.getField() + ": " + error.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
			.map((error) -> error.getField()).distinct().sorted().toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getParameterValidationResults()
			.stream()
			.map((result) -> result.getMethodParameter().getParameterName() + ": "
					+ result.getResolvableErrors().stream().map((e) -> e.getDefaultMessage()).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
		return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
	}

}
