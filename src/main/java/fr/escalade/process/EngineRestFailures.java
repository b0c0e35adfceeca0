package fr.escalade.process;

import fr.escalade.system.DatabaseOutage;
import fr.escalade.system.EngineCollisions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What {@code /engine-rest} and the webapps' API answer when the engine fails: Camunda's own 500 body
 * names the exception's class and message (SQL, internal ids); here it is logged under an id and the
 * caller reads that id. Two failures are not faults: the database out of reach is a 503 with {@code
 * Retry-After}, as on {@code /api}; another firm's instance, which the engine's tenant check refuses
 * with a 500 on some paths, is the 404 of an instance that does not exist. A task completed (or any
 * other change) at the moment a timer fires on the same process fails on the engine's optimistic lock,
 * having changed nothing: a 409 with {@code Retry-After}, asking the person to try again.
 */
class EngineRestFailures extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineRestFailures.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern OTHER_TENANT = Pattern.compile("belongs to no authenticated tenant");
  /**
   * The engine's optimistic lock (its exception code 1) or a deadlock the database broke (10000), as
   * Camunda's REST writes them: its own exception, or a RestException whose {@code code} is its
   * cause's; or the register's {@code @Version} failing as a task listener writes the complaint
   * (Spring's ObjectOptimisticLockingFailureException, which has no code).
   */
  private static final Pattern COLLISION =
      Pattern.compile(
          "\"code\"\\s*:\\s*(1|10000)\\s*[,}]|OptimisticLock|PessimisticLock|CannotAcquireLock|DeadlockLoser"
              + "|(updated|deleted) by another transaction");
  private static final Pattern OUTAGE =
      Pattern.compile(
          "Connection is not available|Could not open JDBC Connection|Unable to acquire JDBC Connection"
              + "|SQLTransientConnectionException|SQLNonTransientConnectionException|Connection refused");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    FailureCapture capture = new FailureCapture(response);
    try {
      chain.doFilter(request, capture);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      answer(response, EngineCollisions.causedBy(e) ? 409 : DatabaseOutage.causedBy(e) ? 503 : 500, e.toString(), request);
      return;
    }
    if (capture.failed) {
      String body = capture.captured.toString(StandardCharsets.UTF_8);
      int status =
          OTHER_TENANT.matcher(body).find() ? 404
              : COLLISION.matcher(body).find() ? 409
              : OUTAGE.matcher(body).find() ? 503
              : capture.status;
      answer(response, status, body, request);
    }
  }

  private static void answer(HttpServletResponse response, int status, String failure, HttpServletRequest request) throws IOException {
    String message;
    if (status == 404) {
      message = "No such resource among those of your firms.";
    } else if (status == 409) {
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(EngineCollisions.RETRY_AFTER_SECONDS));
      message =
          "The complaint was being changed at the same moment (a deadline falling due, or another person); "
              + "nothing was saved. Try again.";
    } else if (status == 503) {
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
      message = "The database cannot be reached; nothing was changed. Try again in a moment.";
    } else {
      String id = UUID.randomUUID().toString().substring(0, 8);
      log.error("{} {} failed ({}): {}", request.getMethod(), request.getRequestURI(), id,
          failure.length() > 4_000 ? failure.substring(0, 4_000) + "…" : failure);
      message = "The server failed to answer; the failure is in its log under " + id + ".";
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    byte[] body =
        JSON.writeValueAsBytes(Map.of("type", type(status),
            "message", message));
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static String type(int status) {
    return switch (status) {
      case 404 -> "NotFound";
      case 409 -> "Conflict";
      case 503 -> "ServiceUnavailable";
      default -> "ServerError";
    };
  }

  /** Passes every answer through but a 5xx, whose body it keeps instead. */
  private static final class FailureCapture extends HttpServletResponseWrapper {

    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    boolean failed;
    int status;
    private PrintWriter writer;

    FailureCapture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      if (sc >= 500) {
        failed = true;
        status = sc;
      } else {
        super.setStatus(sc);
      }
    }

    @Override
    public void sendError(int sc) throws IOException {
      sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String message) throws IOException {
      if (sc >= 500) {
        failed = true;
        status = sc;
        if (message != null) {
          captured.writeBytes(message.getBytes(StandardCharsets.UTF_8));
        }
      } else {
        super.sendError(sc, message);
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!failed) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!failed) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!failed) {
        return super.getOutputStream();
      }
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          if (captured.size() < 64_000) {
            captured.write(b);
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("written synchronously");
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!failed) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
      }
      return writer;
    }
  }
}
