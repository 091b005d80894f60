package dev.promptfit;

import java.util.function.UnaryOperator;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A started {@link MockWebServer} and a {@link Promptfit} on it with its {@link TestAssistant}, one
 * of each per test, both closed afterwards. Register it as an instance field:
 *
 * <pre>{@code
 * @RegisterExtension final ServedClient served = new ServedClient(b -> b.okHttpClient(shared));
 * }</pre>
 *
 * <p>The operator gets a builder already pointed at the server and adds what the test needs. The
 * server starts before the class's {@code @BeforeEach} methods run and both close after its
 * {@code @AfterEach} methods, so a class's own clean-up (releasing latches, {@link Leaks}) still
 * comes first.
 */
final class ServedClient implements BeforeEachCallback, AfterEachCallback {
  private final MockWebServer server = new MockWebServer();
  private final String path;
  private final UnaryOperator<Promptfit.Builder> options;
  private Promptfit promptfit;
  private TestAssistant assistant;

  /** A client on the server's {@code /v1/}, configured by {@code options}. */
  ServedClient(UnaryOperator<Promptfit.Builder> options) {
    this("/v1/", options);
  }

  /** A client on the server's {@code path}, configured by {@code options}. */
  ServedClient(String path, UnaryOperator<Promptfit.Builder> options) {
    this.path = path;
    this.options = options;
  }

  /** The server alone: each test makes its client with {@link #client} or {@link #builder}. */
  static ServedClient serverOnly() {
    return new ServedClient("/v1/", null);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    server.start();
    if (options != null) {
      client(options);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (promptfit != null) {
      promptfit.close();
    }
    server.close();
  }

  /** A builder pointed at the server, for a test that builds (and closes) a client of its own. */
  Promptfit.Builder builder() {
    return Promptfit.builder().baseUrl(server.url(path).toString());
  }

  /** Builds this test's client with {@code options}, closed after the test, and its assistant. */
  TestAssistant client(UnaryOperator<Promptfit.Builder> options) {
    if (promptfit != null) {
      promptfit.close();
    }
    promptfit = options.apply(builder()).build();
    assistant = promptfit.create(TestAssistant.class);
    return assistant;
  }

  MockWebServer server() {
    return server;
  }

  Promptfit promptfit() {
    return promptfit;
  }

  TestAssistant assistant() {
    return assistant;
  }
}
