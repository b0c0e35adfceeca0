package fr.escalade.inbox;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** What Escalade reads of a received e-mail. */
record ReceivedMail(
    String messageId, String fromAddress, String fromName, String subject, String text, Instant sentAt) {

  /**
   * What is read of any part, before it is parsed: 1 MB holds some 500 pages of plain text, or a long
   * letter written in a mail program whose HTML weighs ten times its text, and keeps a hostile
   * message from filling the memory or the parser's time.
   */
  static final int MAX_PART_BYTES = 1_000_000;
  /** Nested multiparts read: a mail program nests two or three; a hostile message could nest thousands. */
  private static final int MAX_DEPTH = 5;
  /** Parts looked at in one multipart: the text comes first, attachments after. */
  private static final int MAX_PARTS = 50;

  /** The Message-ID header, read without fetching the body; null when the message has none. */
  static String messageIdOf(Message message) throws MessagingException {
    String[] ids = message.getHeader("Message-ID");
    return ids != null && ids.length > 0 && !ids[0].isBlank() ? ids[0].strip() : null;
  }

  /** Reads the message, its body included; a message without Message-ID is known by a hash of what it says. */
  static ReceivedMail of(Message message) throws MessagingException, IOException {
    Address[] from = message.getFrom();
    InternetAddress sender = from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a : null;
    String subject = message.getSubject() == null ? "" : message.getSubject().strip();
    String text = text(message, 0).strip();
    Instant sentAt = message.getSentDate() != null ? message.getSentDate().toInstant() : null;
    String messageId = messageIdOf(message);
    if (messageId == null) {
      messageId =
          "sha256:" + sha256((sender == null ? "" : sender.getAddress()) + "\n" + sentAt + "\n" + subject + "\n" + text);
    }
    return new ReceivedMail(
        messageId,
        sender == null ? null : sender.getAddress(),
        sender == null || sender.getPersonal() == null ? null : sender.getPersonal().strip(),
        subject,
        text,
        sentAt);
  }

  /** The plain text of a message: its text/plain part, or its HTML part without the markup. */
  private static String text(Part part, int depth) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return read(part);
    }
    if (part.isMimeType("text/html")) {
      return HtmlText.of(read(part));
    }
    if (part.isMimeType("multipart/*") && depth < MAX_DEPTH) {
      Multipart multipart = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < Math.min(multipart.getCount(), MAX_PARTS); i++) {
        BodyPart child = multipart.getBodyPart(i);
        if (child.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
          return text(child, depth + 1);
        }
        if (html == null && (child.isMimeType("text/html") || child.isMimeType("multipart/*"))) {
          html = text(child, depth + 1);
        }
      }
      return html == null ? "" : html;
    }
    return "";
  }

  /** The first {@link #MAX_PART_BYTES} of a text part, decoded; over IMAP only those are fetched. */
  private static String read(Part part) throws MessagingException, IOException {
    try (InputStream body = part.getInputStream()) {
      return new String(body.readNBytes(MAX_PART_BYTES), charset(part));
    }
  }

  private static Charset charset(Part part) throws MessagingException {
    try {
      String name = new ContentType(part.getContentType()).getParameter("charset");
      return Charset.forName(name == null ? MimeUtility.getDefaultJavaCharset() : MimeUtility.javaCharset(name));
    } catch (ParseException | IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      // the text read as UTF-8 is better than a message that can never be processed
      return StandardCharsets.UTF_8;
    }
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
