package fr.escalade.inbox;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterStatus;
import fr.escalade.intake.ComplaintIntake;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The mailbox poll and letter delivery on their schedules: a mailbox that takes its time holds back
 * no letter. A context of its own, with the schedulers on, its own database and engine name, closed
 * after the class so that it delivers no other test's letters.
 */
@EscaladeSpringTest
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:escalade-scheduling;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=scheduling",
      "escalade.inbox.scheduler-enabled=true",
      "escalade.inbox.poll-interval=100ms",
      "escalade.delivery.scheduler-enabled=true",
      "escalade.delivery.poll-interval=100ms",
      "escalade.firms.almena.inbox.port=" + InboxSchedulingTests.SILENT_PORT,
      "escalade.firms.asekkey.inbox.port=" + InboxSchedulingTests.SILENT_PORT
    })
@DirtiesContext
class InboxSchedulingTests {

  static final int SILENT_PORT = 3944;
  static final SilentMailbox mailbox = new SilentMailbox(SILENT_PORT);

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 6, 1, 10, 0);

  @Autowired ComplaintIntake intake;
  @Autowired LetterRepository letters;

  @AfterAll
  static void closeMailbox() throws IOException {
    mailbox.close();
  }

  @Test
  void aLetterLeavesWhileTheMailboxIsStillBeingRead() throws Exception {
    // the scheduled poll has connected and waits for the server's greeting, up to its 20 s read timeout
    Socket poll = mailbox.nextConnection(Duration.ofSeconds(60));

    Complaint complaint = intake.register(
        aComplaint().of("asekkey").by(Channel.WEB).sentOn(LocalDate.of(2026, 5, 29)).atLevel(2)
            .from("Hélène Martin", "helene.scheduling@example.fr", null)
            .about("Franchise appliquée à tort", "Je conteste la franchise.")
            .build());
    Letter copy = awaitSent(complaint.getReference(), Duration.ofSeconds(60));

    assertThat(copy.getStatus()).isEqualTo(LetterStatus.SENT);
    assertThat(smtp.getReceivedMessages()).isNotEmpty();
    assertThat(SilentMailbox.isOpen(poll)).as("the mailbox poll was still waiting when the letter left").isTrue();
  }

  private Letter awaitSent(String reference, Duration atMost) throws InterruptedException {
    Instant until = Instant.now().plus(atMost);
    while (Instant.now().isBefore(until)) {
      List<Letter> sent = letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(reference).stream()
          .filter(letter -> letter.getStatus() == LetterStatus.SENT)
          .toList();
      if (!sent.isEmpty()) {
        return sent.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no letter of " + reference + " left in " + atMost);
  }

  /** An IMAP server that accepts connections and never answers, as a mailbox busy or slow to read. */
  static final class SilentMailbox implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    SilentMailbox(int port) {
      try {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Thread accepting = new Thread(this::accept, "silent-mailbox");
      accepting.setDaemon(true);
      accepting.start();
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          connections.add(server.accept());
        } catch (IOException closed) {
          return;
        }
      }
    }

    /** A connection made from now on, still open. */
    Socket nextConnection(Duration atMost) throws Exception {
      int seen = connections.size();
      Instant until = Instant.now().plus(atMost);
      while (connections.size() == seen) {
        if (Instant.now().isAfter(until)) {
          throw new AssertionError("the mailbox was not read in " + atMost);
        }
        Thread.sleep(20);
      }
      return connections.get(seen);
    }

    /** Whether the client still holds the connection: it closes it when it gives up. */
    static boolean isOpen(Socket connection) throws IOException {
      connection.setSoTimeout(50);
      try {
        return connection.getInputStream().read() != -1;
      } catch (SocketTimeoutException waiting) {
        return true;
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket connection : connections) {
        connection.close();
      }
    }
  }
}
