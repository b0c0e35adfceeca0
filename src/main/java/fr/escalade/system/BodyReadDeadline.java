package fr.escalade.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    // each read waits at most server.tomcat.connection-timeout: the deadline is checked in between
    for (int n; (n = in.read(buffer)) >= 0; ) {
      body.write(buffer, 0, n);
      if (body.size() > maxBytes) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Le formulaire envoyé est trop volumineux.");
        return null;
      }
      if (System.nanoTime() - until > 0) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_TIMEOUT, "Le formulaire est arrivé trop lentement : renvoyez-le.");
        return null;
      }
    }
    return body.toByteArray();
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

  /** The request with its body in memory; a form body's fields are its parameters, as Tomcat would have them. */
  private static final class BufferedRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    BufferedRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
      Map<String, List<String>> all = new LinkedHashMap<>();
      // the query's, as Tomcat parses them (it leaves a body already read alone)
      request.getParameterMap().forEach((name, values) -> all.computeIfAbsent(name, k -> new ArrayList<>()).addAll(List.of(values)));
      if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request))) {
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int equals = pair.indexOf('=');
          try {
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
            all.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
          } catch (IllegalArgumentException badEscape) {
            // skipped, as Tomcat skips a field it cannot decode
          }
        }
      }
      Map<String, String[]> parameters = new LinkedHashMap<>();
      all.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
      this.parameters = Collections.unmodifiableMap(parameters);
    }

    private static MediaType contentType(HttpServletRequest request) {
      try {
        return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
      } catch (IllegalArgumentException unreadable) {
        return null;
      }
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
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
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
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
          throw new UnsupportedOperationException("the body is already in memory");
        }
      };
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
    }
  }
}
