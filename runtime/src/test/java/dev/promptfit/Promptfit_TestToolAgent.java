package dev.promptfit;

import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.Types;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Written by hand in the shape the processor generates; see {@link TestToolAgent}. */
public final class Promptfit_TestToolAgent implements TestToolAgent {
  private static final String INSTRUCTIONS = "Be brief.";
  private static final PromptMethod<String> TEXT =
      PromptMethod.<String>builder("TestToolAgent", "text", String.class).model("gpt-test")
          .tools(PromptfitTools_TestTools.INSTANCE).build();
  private static final PromptMethod<Reply> REPLY =
      PromptMethod.<Reply>builder("TestToolAgent", "reply", Reply.class).model("gpt-test")
          .tools(PromptfitTools_TestTools.INSTANCE).build();
  private static final PromptMethod<Stream<String>> STREAM =
      PromptMethod.<Stream<String>>builder(
              "TestToolAgent", "stream", Types.parameterized(Stream.class, String.class))
          .model("gpt-test")
          .tools(PromptfitTools_TestTools.INSTANCE)
          .build();
  private static final PromptMethod<Flow.Publisher<String>> PUBLISHER =
      PromptMethod.<Flow.Publisher<String>>builder(
              "TestToolAgent", "publisher", Types.parameterized(Flow.Publisher.class, String.class))
          .model("gpt-test")
          .tools(PromptfitTools_TestTools.INSTANCE)
          .build();
  private static final PromptMethod<ReplyStream> REPLY_STREAM =
      PromptMethod.<ReplyStream>builder("TestToolAgent", "replyStream", ReplyStream.class)
          .model("gpt-test")
          .tools(PromptfitTools_TestTools.INSTANCE)
          .build();
  private static final PromptMethod<CompletableFuture<String>> FUTURE_TEXT =
      PromptMethod.<CompletableFuture<String>>builder(
              "TestToolAgent",
              "futureText",
              Types.parameterized(CompletableFuture.class, String.class))
          .model("gpt-test")
          .tools(PromptfitTools_TestTools.INSTANCE)
          .build();
  private static final PromptMethod<CompletableFuture<Reply>> FUTURE_REPLY =
      PromptMethod.<CompletableFuture<Reply>>builder(
              "TestToolAgent", "futureReply", Types.parameterized(CompletableFuture.class, Reply.class))
          .model("gpt-test")
          .tools(PromptfitTools_TestTools.INSTANCE)
          .build();

  private final PromptInvoker invoker;

  public Promptfit_TestToolAgent(PromptInvoker invoker) {
    invoker.requireTools("TestToolAgent", TestTools.class);
    this.invoker = invoker;
  }

  @Override
  public String text(String question, CallOptions options) {
    return invoker.invoke(TEXT, input(question, options));
  }

  @Override
  public Reply reply(String question, CallOptions options) {
    return invoker.invoke(REPLY, input(question, options));
  }

  @Override
  public Stream<String> stream(String question, CallOptions options) {
    return invoker.invoke(STREAM, input(question, options));
  }

  @Override
  public Flow.Publisher<String> publisher(String question, CallOptions options) {
    return invoker.invoke(PUBLISHER, input(question, options));
  }

  @Override
  public ReplyStream replyStream(String question, CallOptions options) {
    return invoker.invoke(REPLY_STREAM, input(question, options));
  }

  @Override
  public CompletableFuture<String> futureText(String question, CallOptions options) {
    return invoker.invoke(FUTURE_TEXT, input(question, options));
  }

  @Override
  public CompletableFuture<Reply> futureReply(String question, CallOptions options) {
    return invoker.invoke(FUTURE_REPLY, input(question, options));
  }

  private static PromptInput input(String question, CallOptions options) {
    return PromptInput.builder().instructions(INSTRUCTIONS).text("Q: " + question).options(options).build();
  }
}
