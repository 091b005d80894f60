package dev.promptfit;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.Types;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Written by hand in the shape the processor generates; see {@link TestChatbot}. */
public final class Promptfit_TestChatbot implements TestChatbot {
  private static final PromptMethod<String> TEXT = method("text", String.class);
  private static final PromptMethod<Reply> REPLY = method("reply", Reply.class);
  private static final PromptMethod<Stream<String>> STREAM =
      method("stream", Types.parameterized(Stream.class, String.class));
  private static final PromptMethod<Flow.Publisher<String>> PUBLISHER =
      method("publisher", Types.parameterized(Flow.Publisher.class, String.class));
  private static final PromptMethod<ReplyStream> REPLY_STREAM =
      method("replyStream", ReplyStream.class);
  private static final PromptMethod<CompletableFuture<String>> FUTURE_TEXT =
      method("futureText", Types.parameterized(CompletableFuture.class, String.class));
  private static final PromptMethod<CompletableFuture<Reply>> FUTURE_REPLY =
      method("futureReply", Types.parameterized(CompletableFuture.class, Reply.class));
  private static final PromptMethod<String> DESCRIBE = method("describe", String.class);
  private static final PromptMethod<String> REPORT =
      PromptMethod.<String>builder("TestChatbot", "report", String.class)
          .model("gpt-test")
          .background(true)
          .build();
  private static final PromptMethod<Stream<String>> REPORT_STREAM =
      PromptMethod.<Stream<String>>builder(
              "TestChatbot", "reportStream", Types.parameterized(Stream.class, String.class))
          .model("gpt-test")
          .api(Api.RESPONSES)
          .background(true)
          .build();
  private static final PromptMethod<CompletableFuture<String>> REPORT_LATER =
      PromptMethod.<CompletableFuture<String>>builder(
              "TestChatbot",
              "reportLater",
              Types.parameterized(CompletableFuture.class, String.class))
          .model("gpt-test")
          .api(Api.RESPONSES)
          .background(true)
          .build();
  private static final PromptMethod<Flow.Publisher<String>> REPORT_PUBLISHED =
      PromptMethod.<Flow.Publisher<String>>builder(
              "TestChatbot",
              "reportPublished",
              Types.parameterized(Flow.Publisher.class, String.class))
          .model("gpt-test")
          .api(Api.RESPONSES)
          .background(true)
          .build();

  private final PromptInvoker invoker;

  public Promptfit_TestChatbot(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  private static <T> PromptMethod<T> method(String name, java.lang.reflect.Type type) {
    return PromptMethod.<T>builder("TestChatbot", name, type).model("gpt-test").build();
  }

  @Override
  public String text(Conversation conversation, String message, List<Image> images, CallOptions options) {
    return invoker.invoke(TEXT, input(conversation, message, images, options));
  }

  @Override
  public Reply reply(Conversation conversation, String message, List<Image> images, CallOptions options) {
    return invoker.invoke(REPLY, input(conversation, message, images, options));
  }

  @Override
  public Stream<String> stream(
      Conversation conversation, String message, List<Image> images, CallOptions options) {
    return invoker.invoke(STREAM, input(conversation, message, images, options));
  }

  @Override
  public Flow.Publisher<String> publisher(
      Conversation conversation, String message, List<Image> images, CallOptions options) {
    return invoker.invoke(PUBLISHER, input(conversation, message, images, options));
  }

  @Override
  public ReplyStream replyStream(
      Conversation conversation, String message, List<Image> images, CallOptions options) {
    return invoker.invoke(REPLY_STREAM, input(conversation, message, images, options));
  }

  @Override
  public CompletableFuture<String> futureText(
      Conversation conversation, String message, List<Image> images, CallOptions options) {
    return invoker.invoke(FUTURE_TEXT, input(conversation, message, images, options));
  }

  @Override
  public CompletableFuture<Reply> futureReply(
      Conversation conversation, String message, List<Image> images, CallOptions options) {
    return invoker.invoke(FUTURE_REPLY, input(conversation, message, images, options));
  }

  @Override
  public String describe(String question, Image image, Document document, CallOptions options) {
    return invoker.invoke(
        DESCRIBE,
        PromptInput.builder()
            .text(question)
            .attach("image", image)
            .attach("document", document)
            .options(options)
            .build());
  }

  @Override
  public String report(String topic, CallOptions options) {
    return invoker.invoke(REPORT, topic(topic, options));
  }

  @Override
  public Stream<String> reportStream(String topic, CallOptions options) {
    return invoker.invoke(REPORT_STREAM, topic(topic, options));
  }

  @Override
  public CompletableFuture<String> reportLater(String topic, CallOptions options) {
    return invoker.invoke(REPORT_LATER, topic(topic, options));
  }

  @Override
  public Flow.Publisher<String> reportPublished(String topic, CallOptions options) {
    return invoker.invoke(REPORT_PUBLISHED, topic(topic, options));
  }

  private static PromptInput topic(String topic, CallOptions options) {
    return PromptInput.builder().text("Report on " + topic).options(options).build();
  }

  private static PromptInput input(
      Conversation conversation, String message, List<Image> images, CallOptions options) {
    return PromptInput.builder()
        .instructions("Be kind.")
        .text(message)
        .conversation("conversation", conversation)
        .attachAll("images", images)
        .options(options)
        .build();
  }
}
