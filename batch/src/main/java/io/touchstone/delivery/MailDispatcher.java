package io.touchstone.delivery;

import io.touchstone.system.TouchstoneProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Hands messages to the mail server ({@code spring.mail.*}), trying a message again with a
 * doubling wait while the failure is transient (a 4xx reply, no connection), and not at all
 * after a permanent one (a 5xx reply, bad credentials, an address that cannot be written):
 * trying those again would only delay the run's other messages.
 */
final class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Pattern REPLY = Pattern.compile("^([2-5])\\d\\d[ -].*", Pattern.DOTALL);

    private final JavaMailSender sender;
    private final TouchstoneProperties.Delivery settings;

    /** @param sender {@code null} when no mail server is configured: delivery is off */
    MailDispatcher(JavaMailSender sender, TouchstoneProperties.Delivery settings) {
        this.sender = sender;
        this.settings = settings;
    }

    boolean enabled() {
        return sender != null;
    }

    /** "smtp.example.com:587", or what the sender is when it is not an SMTP one (JNDI). */
    String server() {
        return sender instanceof JavaMailSenderImpl smtp ? smtp.getHost() + ":" + (smtp.getPort() < 0 ? 25 : smtp.getPort())
                : String.valueOf(sender);
    }

    SendResult send(OutgoingMail mail) {
        Duration wait = settings.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                sender.send(mime(mail));
                return new SendResult(true, attempt, null);
            } catch (MailException e) {
                String reason = reason(e);
                if (permanent(e, reason) || attempt >= settings.attempts()) {
                    return new SendResult(false, attempt, reason);
                }
                log.warn("Sending '{}' to {} failed (try {} of {}), trying again in {}: {}", mail.subject(), mail.to(),
                        attempt, settings.attempts(), wait, reason);
                pause(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private MimeMessage mime(OutgoingMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.plain(), mail.html());
            for (ParcelFile file : mail.attachments()) {
                helper.addAttachment(file.name(), new FileSystemResource(file.path()));
            }
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot write the message '" + mail.subject() + "': " + e.getMessage(), e);
        }
    }

    /** The mail server's reply where there is one ("450 4.2.1 Mailbox busy"), else the deepest cause. */
    static String reason(Throwable failure) {
        String deepest = failure.getMessage();
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String message = cause.getMessage();
            if (message != null && REPLY.matcher(message.strip()).matches()) {
                return message.strip().lines().findFirst().orElse(message);
            }
            if (message != null) {
                deepest = message;
            }
        }
        return deepest == null ? failure.getClass().getSimpleName() : deepest.lines().findFirst().orElse(deepest);
    }

    private static boolean permanent(MailException failure, String reason) {
        if (failure instanceof MailAuthenticationException || failure instanceof MailParseException
                || failure instanceof MailPreparationException) {
            return true;
        }
        Matcher reply = REPLY.matcher(reason);
        return reply.matches() && reply.group(1).equals("5");
    }

    /** Jakarta Mail chains a refused recipient's reply as the next exception, not as the cause. */
    private static Throwable next(Throwable failure) {
        if (failure instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != failure) {
            return messaging.getNextException();
        }
        if (failure instanceof MailSendException send && send.getCause() == null
                && !send.getFailedMessages().isEmpty()) {
            return send.getFailedMessages().values().iterator().next();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a message", e);
        }
    }
}
