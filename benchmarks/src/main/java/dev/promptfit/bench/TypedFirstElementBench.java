package dev.promptfit.bench;

import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first element of the {@value TypedBodies#ELEMENTS}-item answer, the server sending at
 * full speed: raw has its first (and every) element only once the whole stream is read and bound;
 * Promptfit's {@code Stream<Item>} hands element 0 over as its JSON closes. The rest of Promptfit's
 * stream is drained in an untimed per-invocation tear-down, so the connection goes back to the
 * pool.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TypedFirstElementBench {

  @Param({"responses", "chat"})
  public String endpoint;

  private SseServer server;
  private TypedClients clients;
  private boolean chat;
  private Stream<Item> stream;
  private Iterator<Item> iterator;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = new SseServer(TypedBodies.responses(), TypedBodies.chat(), 0);
    clients = new TypedClients(server.baseUrl());
    chat = endpoint.equals("chat");
    clients.check(chat);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    clients.close();
    server.close();
  }

  @TearDown(Level.Invocation)
  public void finishStream() {
    if (stream != null) {
      int n = 1;
      while (iterator.hasNext()) {
        iterator.next();
        n++;
      }
      stream.close();
      stream = null;
      if (n != TypedBodies.ELEMENTS) {
        throw new IllegalStateException("saw " + n + " items, expected " + TypedBodies.ELEMENTS);
      }
    }
  }

  @Benchmark
  public Item raw() throws IOException {
    Item[] first = new Item[1];
    clients.raw(
        chat,
        item -> {
          if (first[0] == null) {
            first[0] = item;
          }
        });
    return first[0];
  }

  @Benchmark
  public Item promptfitStream() {
    stream = chat ? clients.client.chat("the shop") : clients.client.responses("the shop");
    iterator = stream.iterator();
    return iterator.next();
  }
}
