package dev.keysmith.bootstrap.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SMTP server of the mail tests on one fixed local port for the whole profile: a GreenMail server that a
 * test can stop and start again, or replace by a silent one that accepts connections and never says a word.
 */
public final class TestSmtpServer {

    private static final String HOST = "127.0.0.1";

    private final int port;
    private GreenMail greenMail;
    private Silent silent;

    private TestSmtpServer(int port) {
        this.port = port;
    }

    /** Starts GreenMail on a free port, which the server keeps from then on. */
    public static TestSmtpServer startOnFreePort() {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestSmtpServer server = new TestSmtpServer(port);
        server.start();
        return server;
    }

    public int port() {
        return port;
    }

    public String host() {
        return HOST;
    }

    /** The running GreenMail server. */
    public GreenMail greenMail() {
        if (greenMail == null) {
            throw new IllegalStateException("the SMTP server is stopped");
        }
        return greenMail;
    }

    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        stopSilent();
        // The port was just let go of; on a loaded machine binding it again can take a moment.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
            setup.setServerStartupTimeout(20_000);
            GreenMail server = new GreenMail(setup);
            try {
                server.start();
                greenMail = server;
                return;
            } catch (IllegalStateException notBound) {
                server.stop();
                if (System.nanoTime() > deadline) {
                    throw notBound;
                }
                Thread.onSpinWait();
            }
        }
    }

    /** Stops GreenMail: connections to the port are refused until {@link #start()} or {@link #goSilent()}. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
        stopSilent();
    }

    /** Stops GreenMail and listens on its port without ever answering, like a hung mail server. */
    public synchronized Silent goSilent() {
        stop();
        silent = new Silent(port);
        return silent;
    }

    private void stopSilent() {
        if (silent != null) {
            silent.close();
            silent = null;
        }
    }

    /** A listener that accepts connections, counts them, and never writes a byte. */
    public static final class Silent {

        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        private Silent(int port) {
            try {
                socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new java.net.InetSocketAddress(InetAddress.getByName(HOST), port));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            acceptor = new Thread(
                    () -> {
                        while (!socket.isClosed()) {
                            try {
                                accepted.add(socket.accept());
                                connections.incrementAndGet();
                            } catch (IOException closed) {
                                return;
                            }
                        }
                    },
                    "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        public int connections() {
            return connections.get();
        }

        private void close() {
            try {
                socket.close();
                for (Socket connection : accepted) {
                    connection.close();
                }
                acceptor.join(Duration.ofSeconds(10).toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
