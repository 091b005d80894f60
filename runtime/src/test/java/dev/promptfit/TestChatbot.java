package dev.promptfit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * Every return type with a {@link Conversation} and attachments, each taking CallOptions so one
 * test can pick the endpoint, and background methods. {@link Promptfit_TestChatbot} is written by
 * hand in the form the processor generates (see {@link TestAssistant}).
 */
public interface TestChatbot {
  String text(Conversation conversation, String message, List<Image> images, CallOptions options);

  Reply reply(Conversation conversation, String message, List<Image> images, CallOptions options);

  Stream<String> stream(
      Conversation conversation, String message, List<Image> images, CallOptions options);

  Flow.Publisher<String> publisher(
      Conversation conversation, String message, List<Image> images, CallOptions options);

  ReplyStream replyStream(
      Conversation conversation, String message, List<Image> images, CallOptions options);

  CompletableFuture<String> futureText(
      Conversation conversation, String message, List<Image> images, CallOptions options);

  CompletableFuture<Reply> futureReply(
      Conversation conversation, String message, List<Image> images, CallOptions options);

  /** One image and one document, no conversation. */
  String describe(String question, Image image, Document document, CallOptions options);

  /** {@code @Background}, on the client's default endpoint. */
  String report(String topic, CallOptions options);

  /** {@code @Background} with {@code @Model(api = RESPONSES)}, as a stream. */
  Stream<String> reportStream(String topic, CallOptions options);

  /** {@code @Background} with {@code @Model(api = RESPONSES)}, as a future. */
  CompletableFuture<String> reportLater(String topic, CallOptions options);

  /** {@code @Background} with {@code @Model(api = RESPONSES)}, as a publisher. */
  Flow.Publisher<String> reportPublished(String topic, CallOptions options);
}
