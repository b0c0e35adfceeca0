package fr.escalade.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where clients and staff reach Escalade, for the links letters, receipts and staff notices carry.
 *
 * <p>{@code escalade.public-url} when set: behind a proxy and in production it is the only address
 * clients can use, and it is what a forged {@code Host} header cannot change. Unset (trying the
 * application out), a link follows the server: the address of the request being served, when there
 * is one, else the server's own address and the port it actually listens on — so that starting it on
 * another port does not break every link. {@code escalade.tasklist-url} defaults to Tasklist under
 * that address.
 */
@Component
public class PublicUrls {

  static final String TASKLIST_PATH = "/camunda/app/tasklist/default/";

  private final String configured;
  private final String configuredTasklist;
  private final String host;
  private final String contextPath;
  private volatile String serverUrl;

  PublicUrls(
      @Value("${escalade.public-url:}") String configured,
      @Value("${escalade.tasklist-url:}") String configuredTasklist,
      @Value("${server.address:}") String address,
      @Value("${server.servlet.context-path:}") String contextPath,
      @Value("${server.port:8080}") int configuredPort) {
    this.configured = withoutTrailingSlash(configured);
    this.configuredTasklist = configuredTasklist == null ? "" : configuredTasklist.strip();
    // a server bound to every interface has no one address of its own: localhost is the one that works here
    this.host = address == null || address.isBlank() || address.equals("0.0.0.0") || address.equals("::")
        ? "localhost" : address.contains(":") ? "[" + address + "]" : address;
    this.contextPath = withoutTrailingSlash(contextPath);
    this.serverUrl = url(configuredPort);
  }

  /** The port the web server actually took ({@code server.port: 0} included), once it has started. */
  @EventListener
  void serverStarted(WebServerInitializedEvent event) {
    // the management server, when it has a port of its own, is not where clients go
    if (event.getApplicationContext().getServerNamespace() == null) {
      serverUrl = url(event.getWebServer().getPort());
    }
  }

  /** The base of every public link, without a trailing slash: {@code https://reclamations.example.fr}. */
  public String base() {
    if (!configured.isEmpty()) {
      return configured;
    }
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      return withoutTrailingSlash(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString());
    }
    return serverUrl;
  }

  /** Tasklist's address, for staff notices. */
  public String tasklist() {
    return configuredTasklist.isEmpty() ? base() + TASKLIST_PATH : configuredTasklist;
  }

  private String url(int port) {
    return "http://" + host + ":" + port + contextPath;
  }

  private static String withoutTrailingSlash(String value) {
    String stripped = value == null ? "" : value.strip();
    return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }
}
