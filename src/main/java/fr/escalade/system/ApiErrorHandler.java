package fr.escalade.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.escalade.system.InvalidRequestException.FieldProblem;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;

/**
 * Turns every failure of {@code /api} into an RFC 9457 problem: a 4xx that names each offending
 * field under {@code errors}, or a 500 that shows nothing of the server's insides.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    return ResponseEntity.badRequest().body(invalidProblem(e.problems()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage());
  }

  /**
   * The action met a timer or another request on the same complaint at every attempt ({@link
   * EngineCollisions}), or, outside it, once: nothing of it was committed, and trying again in a
   * moment will most likely do.
   */
  @ExceptionHandler({
    EngineCollisions.Collision.class,
    org.camunda.bpm.engine.OptimisticLockingException.class,
    org.springframework.dao.ConcurrencyFailureException.class,
    jakarta.persistence.OptimisticLockException.class
  })
  ResponseEntity<ProblemDetail> concurrentChange(Exception e) {
    log.info("An API request met another transaction on the same records: {}", e.toString());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "The complaint was being changed at the same moment (a deadline falling due, or another person); "
                + "nothing was recorded. Try again.");
    problem.setTitle("Changed at the same moment");
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(EngineCollisions.RETRY_AFTER_SECONDS))
        .body(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (EngineCollisions.causedBy(e)) {
      // wrapped by the engine or the transaction manager, which the handlers above do not see through
      return concurrentChange(e);
    }
    if (DatabaseOutage.causedBy(e)) {
      // the request's transaction never began or was rolled back: nothing of it is kept
      log.warn("Database unreachable: {}", e.toString());
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.SERVICE_UNAVAILABLE,
              "The database cannot be reached; nothing was registered. Try again in a moment.");
      problem.setTitle("Service unavailable");
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
          .body(problem);
    }
    log.error("Unexpected failure of an API request", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The request failed on the server; nothing was registered.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
            .sorted((a, b) -> a.field().compareTo(b.field()))
            .toList();
    return ResponseEntity.badRequest().body(invalidProblem(problems));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestSizeLimitFilter.PayloadTooLargeException tooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
      }
    }
    return ResponseEntity.badRequest().body(invalidProblem(List.of(unreadable(e))));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = e.getPropertyName() == null ? "(parameter)" : e.getPropertyName();
    Class<?> target = e.getRequiredType();
    String expected =
        target != null && target.isEnum()
            ? "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
            : target != null && target.getName().startsWith("java.time") ? "a date in the form YYYY-MM-DD" : "a " + simpleName(target);
    return ResponseEntity.badRequest()
        .body(invalidProblem(List.of(new FieldProblem(field, "'" + e.getValue() + "' is not " + expected))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json.");
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
  }

  private static FieldProblem unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof InvalidFormatException format) {
      String field = path(format);
      Class<?> target = format.getTargetType();
      if (target != null && target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        return new FieldProblem(field, "'" + format.getValue() + "' is not one of " + allowed);
      }
      if (target != null && target.getName().startsWith("java.time")) {
        return new FieldProblem(field, "'" + format.getValue() + "' is not a date in the form YYYY-MM-DD");
      }
      return new FieldProblem(field, "'" + format.getValue() + "' is not a valid " + simpleName(target));
    }
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return new FieldProblem(path(mismatch), "has the wrong type: expected " + simpleName(mismatch.getTargetType()));
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new FieldProblem(path(mapping), "cannot be read: " + mapping.getOriginalMessage());
    }
    return new FieldProblem("(body)", "the request body is missing or is not valid JSON");
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String simpleName(Class<?> type) {
    return type == null ? "value" : type.getSimpleName();
  }

  private static ProblemDetail invalidProblem(List<FieldProblem> problems) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields; nothing was registered.");
    problem.setTitle("Invalid request");
    problem.setProperty("errors", problems);
    return problem;
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
