package fr.escalade.correspondence;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An SMTP and IMAP server inside the application, for the embedded default: the letters are
 * delivered to it and can be read with any mail client. Off when {@code escalade.mail.embedded} is
 * false, as it must be wherever a real mail server is configured.
 */
@Component
@ConditionalOnProperty(name = "escalade.mail.embedded", havingValue = "true")
class EmbeddedMailServer implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

  private final GreenMail server;

  EmbeddedMailServer(
      @Value("${spring.mail.port}") int smtpPort, @Value("${escalade.mail.embedded-imap-port:3143}") int imapPort) {
    server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    server.start();
    log.info("Embedded mail server: SMTP on 127.0.0.1:{}, IMAP on 127.0.0.1:{} (login and password = the recipient's address)", smtpPort, imapPort);
  }

  @Override
  public void destroy() {
    server.stop();
  }
}
