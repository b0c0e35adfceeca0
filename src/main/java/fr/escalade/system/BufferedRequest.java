package fr.escalade.system;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * A request whose body a filter has read into memory ({@link BodyReadDeadline}, the engine's {@code
 * EngineRequestBodies}): served from there, and a form body's fields are its parameters, after the
 * query's, as Tomcat would have them.
 */
public final class BufferedRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private final Map<String, String[]> parameters;

  public BufferedRequest(HttpServletRequest request, byte[] body) {
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
