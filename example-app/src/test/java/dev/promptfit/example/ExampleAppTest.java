package dev.promptfit.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.CallOptions;
import dev.promptfit.Promptfit;
import dev.promptfit.testing.FakeLlmServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example's four calls, as the README's first command runs them. */
class ExampleAppTest {

  @Test
  void runsEveryCallAgainstTheFakeServer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (FakeLlmServer server = new FakeLlmServer();
        Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build()) {
      server.enqueueText("Good morning, world.");
      server.enqueueText("Bytes trickle in");
      server.enqueueText("Events flow one way.");
      server.enqueueText("A summary.");
      ExampleApp.run(promptfit.create(Assistant.class), CallOptions.none(), out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    for (String expected :
        new String[] {
          "Good morning, world.", "Bytes trickle in", "Events flow one way.", "A summary.",
          "tokens: input="
        }) {
      assertTrue(printed.contains(expected), expected + " missing from:\n" + printed);
    }
  }
}
