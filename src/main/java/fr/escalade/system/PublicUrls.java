package fr.escalade.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where clients and staff reach Escalade, for the links letters, receipts and staff notices carry.
 *
 * <p>{@code escalade.public-url} when set: behind a proxy and in production it is the only address
 * clients can use. Unset (trying the application out), the server's own address ({@code server.address},
 * a loopback one as {@code localhost}) and the port it actually listens on — so that starting it on
 * another port does not break every link. Never the request's {@code Host} header: a client writes it,
 * and a forged one would have the firm mail that client's link, from its own address, to anyone.
 * {@code escalade.tasklist-url} defaults to Tasklist under that address.
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
    this.host = hostOf(address);
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
    return configured.isEmpty() ? serverUrl : configured;
  }

  /** Tasklist's address, for staff notices. */
  public String tasklist() {
    return configuredTasklist.isEmpty() ? base() + TASKLIST_PATH : configuredTasklist;
  }

  // a server bound to every interface has no one address of its own: localhost is the one that works here
  private static String hostOf(String address) {
    String bound = address == null ? "" : address.strip();
    if (bound.isEmpty() || bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("127.0.0.1") || bound.equals("::1")) {
      return "localhost";
    }
    return bound.contains(":") ? "[" + bound + "]" : bound;
  }

  private String url(int port) {
    return "http://" + host + ":" + port + contextPath;
  }

  private static String withoutTrailingSlash(String value) {
    String stripped = value == null ? "" : value.strip();
    return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }
}
