package io.waybill.adapters.notifications.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that knows no one: it greets, takes the sender, and answers every {@code RCPT TO} with
 * {@code 550 5.1.1 user unknown}, as a real server does for a mailbox that does not exist. GreenMail accepts
 * every recipient, so this stands in for the refusal. Listens on the loopback interface only, on a free port.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;

    public RefusingSmtpServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the refusing SMTP server", e);
        }
        acceptor = Thread.ofPlatform().daemon().name("refusing-smtp").start(this::accept);
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofPlatform().daemon().name("refusing-smtp-session").start(() -> converse(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void converse(Socket client) {
        try (client;
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
            client.setSoTimeout(10_000);
            reply(out, "220 refusing.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    reply(out, "250-refusing.test\r\n250 ENHANCEDSTATUSCODES");
                } else if (command.startsWith("HELO") || command.startsWith("MAIL FROM") || command.startsWith("RSET")
                        || command.startsWith("NOOP")) {
                    reply(out, "250 2.0.0 OK");
                } else if (command.startsWith("RCPT TO")) {
                    reply(out, "550 5.1.1 " + line.substring("RCPT TO:".length()).strip() + ": user unknown");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 bye");
                    return;
                } else {
                    reply(out, "503 5.5.1 bad sequence of commands");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(Writer out, String reply) throws IOException {
        out.write(reply + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(1_000);
        } catch (IOException e) {
            // closing anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
