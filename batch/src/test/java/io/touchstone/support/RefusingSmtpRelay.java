package io.touchstone.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SMTP front for the test's mail server that answers {@code RCPT TO} for chosen addresses
 * with a transient refusal ({@code 450}), as a busy mailbox does, and passes everything else
 * through: the client sees a real SMTP refusal on the wire, and what is accepted lands in the
 * server behind. GreenMail itself accepts every recipient.
 */
public final class RefusingSmtpRelay implements AutoCloseable {

    private static final Pattern RCPT = Pattern.compile("RCPT TO:\\s?<([^>]+)>.*", Pattern.CASE_INSENSITIVE);

    private final ServerSocket server;
    private final int targetPort;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    public RefusingSmtpRelay(int targetPort) {
        this.targetPort = targetPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::acceptConnections);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    public void acceptAll() {
        refused.clear();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void acceptConnections() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            OutputStream toClient = client.getOutputStream();
            daemon(() -> copy(upstream, toClient));
            InputStream fromClient = new BufferedInputStream(client.getInputStream());
            OutputStream toServer = upstream.getOutputStream();
            boolean inData = false;
            for (byte[] line = line(fromClient); line != null; line = line(fromClient)) {
                String text = new String(line, StandardCharsets.US_ASCII).strip();
                Matcher rcpt = RCPT.matcher(text);
                if (!inData && rcpt.matches() && refused.contains(rcpt.group(1).toLowerCase(Locale.ROOT))) {
                    synchronized (toClient) {
                        toClient.write(("450 4.2.1 <" + rcpt.group(1) + ">: mailbox busy, try again later\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        toClient.flush();
                    }
                    continue;
                }
                // Inside DATA a line is message text, whatever it starts with, until the lone dot.
                inData = inData ? !text.equals(".") : text.equalsIgnoreCase("DATA");
                toServer.write(line);
                toServer.flush();
            }
        } catch (IOException connectionGone) {
            // the client or the server hung up; the test sees the outcome through the client
        }
    }

    private static void copy(Socket upstream, OutputStream toClient) {
        byte[] buffer = new byte[8192];
        try (InputStream fromServer = upstream.getInputStream()) {
            for (int read = fromServer.read(buffer); read >= 0; read = fromServer.read(buffer)) {
                synchronized (toClient) {
                    toClient.write(buffer, 0, read);
                    toClient.flush();
                }
            }
        } catch (IOException connectionGone) {
            // as above
        }
    }

    /** One line with its line ending, or {@code null} at the end of the stream. */
    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "refusing-smtp-relay");
        thread.setDaemon(true);
        thread.start();
    }
}
