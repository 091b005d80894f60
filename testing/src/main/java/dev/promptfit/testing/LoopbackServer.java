package dev.promptfit.testing;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The JDK's HTTP server on a loopback port, and every thread it runs on: all daemons, all named
 * {@code fake-llm-server-<port>-...}, all ended by {@link #stop()}.
 */
final class LoopbackServer {
  private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";
  /** Room for hundreds of clients connecting at once without SYN retries. */
  private static final int BACKLOG = 1024;
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

  static {
    // Streams are many small flushed writes; with Nagle's algorithm on (the JDK server's
    // default) each can wait up to a delayed-ACK period (~40 ms) behind the previous one. The
    // JDK server reads this property once, when its first instance in the JVM is made.
    if (System.getProperty(NODELAY_PROPERTY) == null) {
      System.setProperty(NODELAY_PROPERTY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  /** Every live worker, so stop() can wait until each has really ended, not just its task. */
  private final Set<Thread> workers;
  /** The JDK server's own threads: its dispatcher and timers. */
  private final List<Thread> serverThreads;

  private LoopbackServer(
      HttpServer server, ExecutorService executor, Set<Thread> workers, List<Thread> serverThreads) {
    this.server = server;
    this.executor = executor;
    this.workers = workers;
    this.serverThreads = serverThreads;
  }

  /**
   * Binds a free loopback port and starts serving every path with {@code handler}, one pooled
   * thread per exchange.
   *
   * @throws UncheckedIOException if no port can be bound
   */
  static LoopbackServer start(HttpHandler handler) {
    ThreadGroup group = new ThreadGroup("fake-llm-server");
    Set<Thread> workers = ConcurrentHashMap.newKeySet();
    AtomicReference<@Nullable HttpServer> started = new AtomicReference<>();
    AtomicReference<@Nullable ExecutorService> startedExecutor = new AtomicReference<>();
    AtomicReference<@Nullable IOException> failure = new AtomicReference<>();
    // The JDK server makes its own threads (a dispatcher, timers) in the thread that creates and
    // starts it, and they inherit that thread's daemon flag and group. Starting it from a daemon
    // thread of our own group makes them daemons, so a forgotten close() never keeps a JVM
    // alive, and lets us find them to name and join them.
    Thread starter =
        new Thread(
            group,
            () -> {
              try {
                HttpServer httpServer =
                    HttpServer.create(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
                ExecutorService pool =
                    Executors.newCachedThreadPool(
                        workerFactory(group, httpServer.getAddress().getPort(), workers));
                httpServer.setExecutor(pool);
                httpServer.createContext("/", handler);
                httpServer.start();
                startedExecutor.set(pool);
                started.set(httpServer);
              } catch (IOException e) {
                failure.set(e);
              }
            },
            "fake-llm-server-starting");
    starter.setDaemon(true);
    starter.start();
    joinUninterruptibly(starter);
    HttpServer server = started.get();
    ExecutorService executor = startedExecutor.get();
    if (server == null || executor == null) {
      IOException cause = failure.get();
      throw new UncheckedIOException(
          "FakeLlmServer could not bind a loopback port",
          cause != null ? cause : new IOException("the server did not start"));
    }
    int port = server.getAddress().getPort();
    return new LoopbackServer(server, executor, workers, nameServerThreads(group, port));
  }

  int port() {
    return server.getAddress().getPort();
  }

  /**
   * Closes every connection (cutting open streams), interrupts exchanges still pausing or
   * waiting, and waits for every thread to end.
   */
  void stop() {
    server.stop(0);
    executor.shutdownNow();
    boolean interrupted = false;
    try {
      executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      // A terminated pool can still have workers on their way out: wait for the threads too.
      for (Thread thread : workers) {
        thread.join(STOP_TIMEOUT.toMillis());
      }
      for (Thread thread : serverThreads) {
        thread.join(STOP_TIMEOUT.toMillis());
      }
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory workerFactory(ThreadGroup group, int port, Set<Thread> workers) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread =
          new Thread(group, task, "fake-llm-server-" + port + "-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      // The cached pool retires idle workers: forget those, so the set stays as small as the pool.
      workers.removeIf(worker -> !worker.isAlive());
      workers.add(thread);
      return thread;
    };
  }

  /** Gives the JDK server's own threads ("HTTP-Dispatcher", ...) this server's prefix. */
  private static List<Thread> nameServerThreads(ThreadGroup group, int port) {
    Thread[] threads = new Thread[group.activeCount() + 16];
    int count = group.enumerate(threads);
    List<Thread> named = new ArrayList<>();
    String prefix = "fake-llm-server-" + port + "-";
    for (int i = 0; i < count; i++) {
      Thread thread = threads[i];
      if (!thread.getName().startsWith("fake-llm-server-")) {
        thread.setName(prefix + thread.getName());
        named.add(thread);
      }
    }
    return List.copyOf(named);
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
