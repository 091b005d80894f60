package dev.promptfit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * Every return type, each taking CallOptions so one test can pick the endpoint. The runtime's
 * tests cannot run the processor (it depends on the runtime), so {@link Promptfit_TestAssistant}
 * is written by hand in the generated form.
 */
public interface TestAssistant {
  String text(String question, CallOptions options);

  Reply reply(String question, CallOptions options);

  Stream<String> stream(String question, CallOptions options);

  Flow.Publisher<String> publisher(String question, CallOptions options);

  ReplyStream replyStream(String question, CallOptions options);

  CompletableFuture<String> futureText(String question, CallOptions options);

  CompletableFuture<Reply> futureReply(String question, CallOptions options);
}
