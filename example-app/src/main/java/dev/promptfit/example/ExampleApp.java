package dev.promptfit.example;

import dev.promptfit.ApiException;
import dev.promptfit.CallOptions;
import dev.promptfit.Conversation;
import dev.promptfit.Image;
import dev.promptfit.Promptfit;
import dev.promptfit.PromptfitException;
import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import dev.promptfit.StreamEvent;
import dev.promptfit.testing.FakeLlmServer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs {@link Assistant} (text), {@link Extractor} (typed answers) and {@link TravelAgent} (tools)
 * against the service {@link Promptfit#fromEnvironment()} configures, and against an in-process
 * {@link FakeLlmServer} when none is configured: when {@code PROMPTFIT_BASE_URL}, {@code
 * OPENAI_BASE_URL}, {@code PROMPTFIT_API_KEY} and {@code OPENAI_API_KEY} are all unset. {@code
 * PROMPTFIT_MODEL} optionally names the model to ask. A {@link CallSummary} prints a line as each
 * call ends: its duration, first token and tokens.
 *
 * <pre><code>
 * # A local Chat Completions server such as Ollama: no key, no /responses endpoint.
 * PROMPTFIT_BASE_URL=http://localhost:11434/v1 PROMPTFIT_DEFAULT_API=chat_completions \
 * PROMPTFIT_MODEL=llama3.2 mvn -q -B -DskipTests package exec:java -pl example-app -am
 * </code></pre>
 */
public final class ExampleApp {
  /** The variables by which {@link Promptfit#fromEnvironment()} picks a service and its key. */
  static final List<String> PROVIDER_VARIABLES =
      List.of("PROMPTFIT_BASE_URL", "OPENAI_BASE_URL", "PROMPTFIT_API_KEY", "OPENAI_API_KEY");

  private ExampleApp() {}

  /** Runs the example; configuration comes from the environment (see the class comment). */
  public static void main(String[] args) {
    // Summary lines come from the threads that end calls, often while a streamed answer's line
    // is still open: LineSafeOutput holds them until it ends.
    LineSafeOutput console = new LineSafeOutput(System.out);
    try (PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8)) {
      runExample(System.getenv(), out, new CallSummary(console::printLine));
    }
  }

  private static void runExample(Map<String, String> env, PrintStream out, CallSummary summary) {
    if (!providerConfigured(env)) {
      try (FakeLlmServer server = new FakeLlmServer()) {
        out.println(
            "No service configured ("
                + String.join(", ", PROVIDER_VARIABLES)
                + " are unset): using the embedded FakeLlmServer at "
                + server.url());
        enqueueCannedAnswers(server);
        try (Promptfit promptfit =
            Promptfit.builder().baseUrl(server.url()).listener(summary).build()) {
          run(promptfit.create(Assistant.class), CallOptions.none(), out);
          enqueueConversationAnswers(server);
          runConversationAndImage(promptfit.create(Chatbot.class), CallOptions.none(), out);
          enqueueTypedAndToolAnswers(server);
          runTypedAndTools(promptfit, CallOptions.none(), out);
        }
      }
      return;
    }
    String model = env.get("PROMPTFIT_MODEL");
    CallOptions options =
        isBlank(model) ? CallOptions.none() : CallOptions.builder().model(model.strip()).build();
    // The very rules of the library: base URL, key, auth scheme and default endpoint, each with
    // its fallbacks; a keyless local server needs no key.
    try (Promptfit promptfit = Promptfit.builderFromEnvironment().listener(summary).build()) {
      out.println("Using " + promptfit + (isBlank(model) ? "" : " with model " + model.strip()));
      run(promptfit.create(Assistant.class), options, out);
      runConversationAndImage(promptfit.create(Chatbot.class), options, out);
      runTypedAndTools(promptfit, options, out);
    }
  }

  /** Whether {@link Promptfit#fromEnvironment()} would find a base URL or a key in {@code env}. */
  static boolean providerConfigured(Map<String, String> env) {
    return PROVIDER_VARIABLES.stream().anyMatch(name -> !isBlank(env.get(name)));
  }

  /** Every section: text calls, typed answers, tools. */
  static void runAll(Promptfit promptfit, CallOptions options, PrintStream out) {
    run(promptfit.create(Assistant.class), options, out);
    runTyped(promptfit.create(Extractor.class), options, out);
    runTools(promptfit.create(TravelAgent.class, new WeatherTools()), options, out);
  }

  static void run(Assistant assistant, CallOptions options, PrintStream out) {
    out.println();
    out.println("== Blocking call on the default endpoint: translate");
    out.println(assistant.translate("Guten Morgen, Welt", "English", options));

    out.println();
    out.println("== Streamed call on the default endpoint: haiku (deltas as they arrive)");
    printAsTheyArrive(assistant.haiku("streaming code", options), out);

    out.println();
    out.println("== Streamed Chat Completions call: explain");
    printAsTheyArrive(assistant.explain("server-sent events", options), out);

    out.println();
    out.println("== Reply with token usage: summarise");
    Reply reply =
        assistant.summarise(
            "Promptfit turns annotated Java interfaces into LLM clients at compile time.", options);
    out.println(reply.text());
    out.printf(
        "model=%s finish=%s tokens: input=%d output=%d total=%d%n",
        reply.model(),
        reply.finishReason(),
        reply.usage().inputTokens(),
        reply.usage().outputTokens(),
        reply.usage().totalTokens());
  }

  /**
   * A three-turn conversation, whose later turns need the earlier ones, then a picture the model
   * describes: a small PNG drawn here, so the example ships no binary file.
   */
  static void runConversationAndImage(Chatbot chatbot, CallOptions options, PrintStream out) {
    out.println();
    out.println("== A three-turn conversation (each call sends the turns before it)");
    Conversation conversation = Conversation.create();
    for (String message :
        List.of(
            "Hi, I'm Ana and I'm learning Portuguese.",
            "How do I say good morning?",
            "What is my name, and what am I learning?")) {
      out.println("> " + message);
      printAsTheyArrive(chatbot.chat(conversation, message, options), out);
    }
    out.println("(the conversation holds " + conversation.messages().size() + " messages)");

    out.println();
    out.println("== An image: a red circle on white, drawn as a 64x64 PNG");
    Image picture = Image.of(ExamplePicture.redCircle(), "image/png").detail(Image.Detail.LOW);
    out.println("Attaching " + picture);
    try {
      out.println(chatbot.describe(picture, options));
    } catch (ApiException e) {
      // A text-only model behind a local server may refuse images; the example goes on.
      out.println("The service did not take the image: " + e.getMessage());
    }
  }

  /** Typed answers, then tools. */
  static void runTypedAndTools(Promptfit promptfit, CallOptions options, PrintStream out) {
    runTyped(promptfit.create(Extractor.class), options, out);
    runTools(promptfit.create(TravelAgent.class, new WeatherTools()), options, out);
  }

  /**
   * Typed answers: a record, then a stream of records printed one by one. A service may answer with
   * something else than the JSON asked for (a small local model, a server that ignores the format);
   * the failure says what arrived, and the example goes on.
   */
  static void runTyped(Extractor extractor, CallOptions options, PrintStream out) {
    out.println();
    out.println("== Typed answer: a record read from the model's JSON");
    try {
      Meeting meeting = extractor.meeting(INVITATION, options);
      out.println(
          meeting.title()
              + " on "
              + meeting.date()
              + " with "
              + String.join(", ", meeting.attendees())
              + meeting.room().map(room -> " in " + room).orElse(""));
    } catch (PromptfitException e) {
      out.println("failed: " + e.getMessage());
    }

    out.println();
    out.println("== Typed stream: each task as soon as its JSON closes");
    try (Stream<Task> tasks = extractor.tasks(NOTES, options)) {
      tasks.forEach(
          task -> {
            out.println("- [" + task.priority() + "] " + task.title() + " (" + task.owner() + ")");
            out.flush();
          });
    } catch (PromptfitException e) {
      out.println("failed: " + e.getMessage());
    }
  }

  /** Tools: the model calls {@link WeatherTools}; each call and result is printed as it happens. */
  static void runTools(TravelAgent agent, CallOptions options, PrintStream out) {
    out.println();
    out.println("== Tools: the model calls WeatherTools, Promptfit runs them and asks again");
    try (ReplyStream events = agent.plan("Lisbon", "PT", options)) {
      boolean inText = false;
      for (StreamEvent event : events) {
        if (event instanceof StreamEvent.ToolCall call) {
          out.println((inText ? "\n" : "") + "-> " + call.name() + " " + call.arguments());
          inText = false;
        } else if (event instanceof StreamEvent.ToolResult result) {
          out.println("<- " + result.name() + " = " + result.result());
        } else if (event instanceof StreamEvent.TextDelta delta) {
          out.print(delta.text());
          out.flush();
          inText = true;
        }
      }
      out.println();
    } catch (PromptfitException e) {
      out.println("failed: " + e.getMessage());
    }
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

  /** A meeting, three tasks, and a tool round followed by the plan. */
  private static void enqueueTypedAndToolAnswers(FakeLlmServer server) {
    server.enqueueJson(
        "{\"title\":\"Design review\",\"date\":\"2026-03-12\","
            + "\"attendees\":[\"Ada\",\"Grace\",\"Linus\"],\"room\":\"Room 4\"}");
    server.enqueueJson(
        "{\"items\":[{\"title\":\"Book the room\",\"owner\":\"Grace\",\"priority\":\"HIGH\"},"
            + "{\"title\":\"Send the agenda\",\"owner\":\"Ada\",\"priority\":\"MEDIUM\"},"
            + "{\"title\":\"Order coffee\",\"owner\":\"Linus\",\"priority\":\"LOW\"}]}");
    server.enqueueToolCalls(
        FakeLlmServer.ToolCall.of("temperature", "{\"city\":\"Lisbon\",\"country\":\"PT\"}"),
        FakeLlmServer.ToolCall.of("rain", "{\"city\":\"Lisbon\"}"));
    WeatherTools weather = new WeatherTools();
    server.enqueueText(
        "It is "
            + weather.temperature("Lisbon", "PT")
            + " °C"
            + (weather.rain("Lisbon") ? " with rain" : " and dry")
            + " in Lisbon: start at the Belém tower, then lunch in Alfama.");
  }

  /** What the fake says in the conversation; the image is left to its echo, which names it. */
  private static void enqueueConversationAnswers(FakeLlmServer server) {
    server.enqueueText("Olá, Ana! Happy to help you learn Portuguese.");
    server.enqueueText("Good morning is \"bom dia\".");
    server.enqueueText("You are Ana, and you are learning Portuguese.");
  }

  private static final String INVITATION =
      "Hi all, the design review is on 12 March 2026 in Room 4. Ada, Grace and Linus, please come.";

  private static final String NOTES =
      "Grace books the room (urgent). Ada sends the agenda this week. Linus orders coffee.";

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
