package dev.promptfit.example;

import dev.promptfit.AuthScheme;
import dev.promptfit.CallOptions;
import dev.promptfit.Promptfit;
import dev.promptfit.Reply;
import dev.promptfit.testing.FakeLlmServer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs {@link Assistant} against a real service when {@code PROMPTFIT_BASE_URL} and {@code
 * PROMPTFIT_API_KEY} are set (optionally {@code PROMPTFIT_MODEL} and {@code
 * PROMPTFIT_AUTH_SCHEME=raw}), and against an in-process {@link FakeLlmServer} otherwise.
 */
public final class ExampleApp {
  private ExampleApp() {}

  /** Runs the example; configuration comes from the environment (see the class comment). */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Map<String, String> env = System.getenv();
    String baseUrl = env.get("PROMPTFIT_BASE_URL");
    String apiKey = env.get("PROMPTFIT_API_KEY");
    if (isBlank(baseUrl) || isBlank(apiKey)) {
      try (FakeLlmServer server = new FakeLlmServer()) {
        out.println(
            "No PROMPTFIT_BASE_URL/PROMPTFIT_API_KEY set: using the embedded FakeLlmServer at "
                + server.url());
        enqueueCannedAnswers(server);
        try (Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build()) {
          run(promptfit.create(Assistant.class), CallOptions.none(), out);
        }
      }
      return;
    }
    Promptfit.Builder builder = Promptfit.builder().baseUrl(baseUrl).apiKey(apiKey);
    if ("raw".equals(lower(env.get("PROMPTFIT_AUTH_SCHEME")))) {
      builder.authScheme(AuthScheme.RAW);
    }
    String model = env.get("PROMPTFIT_MODEL");
    CallOptions options =
        isBlank(model) ? CallOptions.none() : CallOptions.builder().model(model.strip()).build();
    try (Promptfit promptfit = builder.build()) {
      out.println("Using " + promptfit.baseUrl() + (isBlank(model) ? "" : " with model " + model));
      run(promptfit.create(Assistant.class), options, out);
    }
  }

  static void run(Assistant assistant, CallOptions options, PrintStream out) {
    out.println();
    out.println("== Blocking Responses call: translate");
    out.println(assistant.translate("Guten Morgen, Welt", "English", options));

    out.println();
    out.println("== Streamed Responses call: haiku (deltas as they arrive)");
    printAsTheyArrive(assistant.haiku("streaming code", options), out);

    out.println();
    out.println("== Streamed Chat Completions call: explain");
    printAsTheyArrive(assistant.explain("server-sent events", options), out);

    out.println();
    out.println("== Reply with token usage: summarise");
    Reply reply =
        assistant.summarise(
            "Promptfit turns annotated Java interfaces into LLM clients at compile time.",
            options);
    out.println(reply.text());
    out.printf(
        "model=%s finish=%s tokens: input=%d output=%d total=%d%n",
        reply.model(),
        reply.finishReason(),
        reply.usage().inputTokens(),
        reply.usage().outputTokens(),
        reply.usage().totalTokens());
  }

  /** Prints each delta the moment it arrives, then ends the line; closing cancels the call. */
  private static void printAsTheyArrive(Stream<String> deltas, PrintStream out) {
    try (deltas) {
      deltas.forEach(
          delta -> {
            out.print(delta);
            out.flush();
          });
    }
    out.println();
  }

  private static void enqueueCannedAnswers(FakeLlmServer server) {
    server.enqueueText("Good morning, world.");
    server.enqueueText("Bytes trickle in,\nevents split by blank lines,\nthe answer takes shape.");
    server.enqueueText(
        "Server-sent events are a one-way HTTP stream of text events from server to client."
            + " LLM APIs use them to deliver an answer token by token.");
    server.enqueueText("Promptfit compiles annotated interfaces into LLM clients.");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String lower(String value) {
    return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
  }
}
