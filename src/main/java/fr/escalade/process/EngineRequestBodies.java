package fr.escalade.process;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.escalade.system.BufferedRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the engine's REST API (and the webapps', which is the same API) accepts in a request body: at
 * most {@code escalade.engine-rest.max-body-size} bytes, JSON nested at most {@link #MAX_DEPTH} deep,
 * and no variable of a type the engine would deserialize ({@code Object}, {@code Json}, {@code Xml})
 * or store as a file. A complaint's variables are text, numbers, dates and yes/no, written by its
 * forms; a 50,000-deep JSON variable made a complaint unreadable in Tasklist and Cockpit, and an
 * {@code Object} variable names a Java class for the server to build.
 */
class EngineRequestBodies extends OncePerRequestFilter {

  /** Deeper than any query, filter or form submission; far from what breaks a parser. */
  static final int MAX_DEPTH = 32;

  private static final Set<String> REFUSED_TYPES = Set.of("object", "json", "xml", "file");
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());

  private final long maxBytes;

  EngineRequestBodies(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!WITH_BODY.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > maxBytes) {
      refuse(response, 413, "The request body must be at most " + maxBytes + " bytes.");
      return;
    }
    if (!isJson(request)) {
      // a form (the webapps' login) is read by the container as parameters: left to it, and to its
      // own limit on form bodies
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
    if (body.length > maxBytes) {
      refuse(response, 413, "The request body must be at most " + maxBytes + " bytes.");
      return;
    }
    String problem = body.length == 0 ? null : problem(body);
    if (problem != null) {
      refuse(response, 400, problem);
      return;
    }
    chain.doFilter(new BufferedRequest(request, body), response);
  }

  /** What is wrong with a JSON body, or null. */
  static String problem(byte[] body) {
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (IOException e) {
      return "The request body is not JSON, or is nested deeper than " + MAX_DEPTH + " levels.";
    }
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(tree);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      JsonNode type = node.get("type");
      if (node.isObject() && type != null && type.isTextual() && REFUSED_TYPES.contains(type.asText().toLowerCase(Locale.ROOT))) {
        return "Variables of type " + type.asText() + " are refused: a complaint's variables are text, numbers, dates and booleans.";
      }
      node.forEach(pending::push);
    }
    return null;
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).contains("json");
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException", "message", message)));
  }
}
