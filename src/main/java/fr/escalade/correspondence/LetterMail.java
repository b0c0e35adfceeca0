package fr.escalade.correspondence;

import fr.escalade.firm.Firm;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends one letter as an e-mail: plain text with an HTML alternative, from the firm's address. */
class LetterMail {

  private final JavaMailSenderImpl sender;
  private final LetterLayout layout;

  LetterMail(JavaMailSenderImpl sender, LetterLayout layout) {
    this.sender = sender;
    this.layout = layout;
  }

  void send(Letter letter, Firm firm, List<String> to) throws MessagingException, UnsupportedEncodingException {
    String messageId = letter.messageId(firm.mail().domain());
    MimeMessage message =
        new MimeMessage(sender.getSession()) {
          @Override
          protected void updateMessageID() throws MessagingException {
            // the same Message-ID at every attempt: a retry after an ambiguous failure is the same e-mail
            setHeader("Message-ID", messageId);
          }
        };
    MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
    mail.setFrom(firm.mail().from(), firm.name());
    mail.setReplyTo(firm.mail().replyToOrFrom());
    mail.setTo(to.toArray(String[]::new));
    mail.setSubject(letter.getSubject());
    mail.setText(
        letter.getBody(),
        layout.html(firm, letter.getSubject(), letter.getBody()));
    message.setHeader("X-Escalade-Reference", letter.getComplaintReference());
    sender.send(message);
  }
}
