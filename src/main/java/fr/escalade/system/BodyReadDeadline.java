package fr.escalade.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the whole body of an anonymous form post (the public form, the staff login) before anything
 * else does, within a total deadline and a size: a client trickling its body a byte at a time would
 * otherwise hold a server thread for as long as it likes (Tomcat's timeout is per read), and a few
 * hundred such clients would hold them all. Past the deadline the client gets a 408 and the
 * connection is closed unread ({@link BodyReadDeadlineValve}). One client address (an IPv6 /64) may
 * have only so many bodies being read at once; more get a 429 at once. The body is then served from
 * memory.
 */
class BodyReadDeadline extends OncePerRequestFilter {

  /** Set on a request whose body was abandoned, for {@link BodyReadDeadlineValve}. */
  static final String ABANDONED = BodyReadDeadline.class.getName() + ".abandoned";

  private static final int SILENT = -2;

  private final Duration deadline;
  private final int maxBytes;
  private final int perAddress;
  private final ConcurrentMap<String, Integer> reading = new ConcurrentHashMap<>();

  BodyReadDeadline(Duration deadline, int maxBytes, int perAddress) {
    this.deadline = deadline;
    this.maxBytes = maxBytes;
    this.perAddress = perAddress;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Le formulaire envoyé est trop volumineux.");
      return;
    }
    String client = AddressRateLimiter.key(request.getRemoteAddr());
    if (reading.merge(client, 1, Integer::sum) > perAddress) {
      reading.computeIfPresent(client, (key, count) -> count > 1 ? count - 1 : null);
      refuse(request, response, 429, "Trop d'envois en cours depuis votre adresse : réessayez dans un instant.");
      return;
    }
    byte[] body;
    try {
      body = read(request, response);
    } finally {
      reading.computeIfPresent(client, (key, count) -> count > 1 ? count - 1 : null);
    }
    if (body != null) {
      chain.doFilter(new BufferedRequest(request, body), response);
    }
  }

  /** The whole body, or null when the client was refused. */
  private byte[] read(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long until = System.nanoTime() + deadline.toNanos();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    InputStream in = request.getInputStream();
    byte[] buffer = new byte[8192];
    // each read waits at most server.tomcat.connection-timeout (then fails): the deadline is checked in between
    for (int n; (n = readOrSilent(in, buffer)) != -1; ) {
      if (n == SILENT || System.nanoTime() - until > 0) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_TIMEOUT, "Le formulaire est arrivé trop lentement : renvoyez-le.");
        return null;
      }
      body.write(buffer, 0, n);
      if (body.size() > maxBytes) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Le formulaire envoyé est trop volumineux.");
        return null;
      }
    }
    return body.toByteArray();
  }

  /** What a read gave, -1 at the end, or {@link #SILENT} when the client said nothing past Tomcat's timeout (or left). */
  private static int readOrSilent(InputStream in, byte[] buffer) {
    try {
      return in.read(buffer);
    } catch (IOException silentOrGone) {
      return SILENT;
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    request.setAttribute(ABANDONED, Boolean.TRUE);
    response.setStatus(status);
    response.setHeader(HttpHeaders.CONNECTION, "close");
    response.setContentType(MediaType.TEXT_PLAIN_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(message);
  }
}
