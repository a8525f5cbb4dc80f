package org.civicchat.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of a redis-server that counts round trips: on each connection, a burst of bytes from
 * the client that follows bytes from the server (or opens the connection) is one round trip, whatever it
 * carries (one command, a pipeline, a script). So it counts what the app waits for, not commands, and needs
 * no hook in the app: point {@code civicchat.redis.url} at {@link #port()}.
 */
public final class RoundTripCountingProxy implements AutoCloseable {

    private static final java.util.regex.Pattern COMMAND =
            java.util.regex.Pattern.compile("(?:^|\\n)\\*\\d+\\r\\n\\$\\d+\\r\\n([A-Za-z]+)");

    private final ServerSocket server;
    private final int target;
    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();
    private final List<Socket> open = new ArrayList<>();
    private final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;

    public RoundTripCountingProxy(int targetPort) {
        this.target = targetPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.acceptor = new Thread(this::accept, "redis-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Round trips on every connection so far. */
    public long roundTrips() {
        return roundTrips.get();
    }

    /** RESP commands (arrays) clients sent so far, pipelined or not. */
    public long commands() {
        return commands.get();
    }

    /**
     * What each round trip since {@code from} carried, as the command names of its first bytes ("EVALSHA",
     * "SET HGETALL" for a pipeline…); for reports, so a budget that fails says which trips are new.
     */
    public List<String> trips(long from) {
        synchronized (log) {
            return new ArrayList<>(log.subList((int) Math.min(from, log.size()), log.size()));
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                synchronized (open) {
                    open.add(client);
                    open.add(upstream);
                }
                AtomicInteger lastFromClient = new AtomicInteger(0);
                pump(client, upstream, true, lastFromClient);
                pump(upstream, client, false, lastFromClient);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClient, AtomicInteger lastFromClient) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    if (fromClient) {
                        if (lastFromClient.getAndSet(1) == 0) {
                            synchronized (log) {
                                roundTrips.incrementAndGet();
                                log.add(commandNames(buffer, n));
                            }
                        }
                        commands.addAndGet(countArrays(buffer, n));
                    } else {
                        lastFromClient.set(0);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed; the other pump ends too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "redis-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** The name of each RESP command that starts in these bytes: the first bulk string after a '*' line. */
    private static String commandNames(byte[] b, int n) {
        StringBuilder names = new StringBuilder();
        String text = new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = COMMAND.matcher(text);
        while (m.find()) {
            names.append(names.isEmpty() ? "" : " ").append(m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        return names.toString();
    }

    /** Counts '*' at the start of a line: a RESP array, which is how clients send each command. */
    private static int countArrays(byte[] b, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == '*' && (i == 0 || b[i - 1] == '\n')) {
                count++;
            }
        }
        return count;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closeQuietly2();
        synchronized (open) {
            open.forEach(RoundTripCountingProxy::closeQuietly);
        }
    }

    private void closeQuietly2() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
