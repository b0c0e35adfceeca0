package fr.escalade.inbox;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** What Escalade reads of a received e-mail. */
record ReceivedMail(
    String messageId, String fromAddress, String fromName, String subject, String text, Instant sentAt) {

  static ReceivedMail of(Message message) throws MessagingException, IOException {
    Address[] from = message.getFrom();
    InternetAddress sender = from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a : null;
    String subject = message.getSubject() == null ? "" : message.getSubject().strip();
    String text = text(message).strip();
    Instant sentAt = message.getSentDate() != null ? message.getSentDate().toInstant() : null;
    String[] ids = message.getHeader("Message-ID");
    String messageId =
        ids != null && ids.length > 0 && !ids[0].isBlank()
            ? ids[0].strip()
            : "sha256:" + sha256((sender == null ? "" : sender.getAddress()) + "\n" + sentAt + "\n" + subject + "\n" + text);
    return new ReceivedMail(
        messageId,
        sender == null ? null : sender.getAddress(),
        sender == null || sender.getPersonal() == null ? null : sender.getPersonal().strip(),
        subject,
        text,
        sentAt);
  }

  /** The plain text of a message: its text/plain part, or its HTML part without the markup. */
  private static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.isMimeType("text/html")) {
      return part.getContent().toString().replaceAll("(?s)<(script|style).*?</\\1>", "").replaceAll("<[^>]+>", " ")
          .replaceAll("&nbsp;", " ").replaceAll("[ \\t]+", " ");
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        if (child.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
          return text(child);
        }
        if (html == null && (child.isMimeType("text/html") || child.isMimeType("multipart/*"))) {
          html = text(child);
        }
      }
      return html == null ? "" : html;
    }
    return "";
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
