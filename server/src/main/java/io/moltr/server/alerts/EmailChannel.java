package io.moltr.server.alerts;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * E-mail over SMTP (jakarta.mail, Angus). With {@code starttls} the connection must upgrade to
 * TLS before anything is sent (a server that does not offer STARTTLS gets nothing, not a
 * plain-text fallback), and the certificate must match the host name.
 */
final class EmailChannel implements Channel {
  record Settings(String host, int port, boolean starttls, String user, String password, String from,
      List<String> to) {
    Settings {
      to = List.copyOf(to);
    }
  }

  private final Settings s;
  private final Session session;
  private final InternetAddress from;
  private final InternetAddress[] to;

  EmailChannel(Settings s) throws AddressException {
    this.s = s;
    Properties p = new Properties();
    p.put("mail.smtp.host", s.host());
    p.put("mail.smtp.port", String.valueOf(s.port()));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    p.put("mail.smtp.starttls.enable", String.valueOf(s.starttls()));
    p.put("mail.smtp.starttls.required", String.valueOf(s.starttls()));
    p.put("mail.smtp.ssl.checkserveridentity", "true");
    p.put("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
    p.put("mail.smtp.auth", String.valueOf(s.user() != null));
    // Own session, not the JVM-wide default one, so nothing else can change these settings.
    this.session = Session.getInstance(p);
    this.from = new InternetAddress(s.from(), true);
    this.to = new InternetAddress[s.to().size()];
    for (int k = 0; k < this.to.length; k++) {
      this.to[k] = new InternetAddress(s.to().get(k), true);
    }
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public void send(Message m) throws DeliveryException {
    try {
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom(from);
      mail.setRecipients(RecipientType.TO, to);
      mail.setSubject("[Moltr Shield] " + m.alert().severity().name() + ": " + m.alert().title(), "UTF-8");
      mail.setSentDate(Date.from(m.alert().at()));
      mail.setText(m.text(), "UTF-8");
      if (s.user() != null) {
        Transport.send(mail, s.user(), s.password());
      } else {
        Transport.send(mail);
      }
    } catch (MessagingException e) {
      // Angus's messages can quote the server's reply; the class name is enough for /status.
      throw DeliveryException.of(e);
    }
  }
}
