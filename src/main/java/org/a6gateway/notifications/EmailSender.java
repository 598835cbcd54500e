package org.a6gateway.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the notification as a plain-text e-mail: its words as the subject, then the JSON a program
 * would read. Spring Boot makes the SMTP client only when {@code spring.mail.host} is set.
 */
@Component
class EmailSender implements Sender {

    private static final int SUBJECT_LENGTH = 160;

    private final ObjectProvider<JavaMailSender> smtp;
    private final NotificationProperties properties;

    EmailSender(ObjectProvider<JavaMailSender> smtp, NotificationProperties properties) {
        this.smtp = smtp;
        this.properties = properties;
    }

    boolean configured() {
        return smtp.getIfAvailable() != null;
    }

    @Override
    public Attempt send(Subscription to, long delivery, Notification notification, String payload) {
        var client = smtp.getIfAvailable();
        if (client == null) {
            return Attempt.failed(null, "no SMTP server is configured (spring.mail.host)");
        }
        var mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(to.target());
        mail.setSubject(subject(notification.text()));
        mail.setText(notification.text() + "\n\n" + payload + "\n\n(delivery " + delivery + ", event " + notification.kind() + ")\n");
        try {
            client.send(mail);
            return Attempt.ok(null);
        } catch (MailException e) {
            return Attempt.failed(null, "the SMTP server refused the e-mail to " + to.target() + ": " + e.getMessage());
        }
    }

    private static String subject(String text) {
        String subject = "[a6-gateway] " + text;
        return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
}
