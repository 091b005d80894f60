package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.promptfit.CallOptions;
import dev.promptfit.Conversation;
import dev.promptfit.Document;
import dev.promptfit.Image;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated implementation of {@code good/com/example/Chatbot.java}: what reaches the
 * runtime of its conversations, attachments and background methods, null arguments included.
 */
class SpecialArgumentsRunTest {
  private static final Image PICTURE =
      Image.url("https://example.com/cat.png").detail(Image.Detail.LOW);
  private static final Document CONTRACT =
      Document.of("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "contract.pdf");

  private static Class<?> chatbot;

  private final List<PromptInput> inputs = new ArrayList<>();
  private final List<PromptMethod<?>> methods = new ArrayList<>();
  private final PromptInvoker invoker =
      new PromptInvoker() {
        @Override
        public <T> T invoke(PromptMethod<T> method, PromptInput input) {
          methods.add(method);
          inputs.add(input);
          return null;
        }
      };

  @BeforeAll
  static void compile() throws ClassNotFoundException {
    Compilation compilation =
        Compilations.compile(
            Compilations.resource("good/com/example/Chatbot.java"),
            Compilations.resource("good/com/example/BackgroundTutor.java"));
    chatbot = new CompiledClassLoader(compilation).loadClass("com.example.Chatbot");
  }

  @Test
  void theConversationAndAttachmentsReachTheRuntimeInParameterOrder() throws Exception {
    Conversation conversation = Conversation.create();
    Image second = Image.url("https://example.com/dog.webp");
    CallOptions options = CallOptions.builder().temperature(0.5).build();
    call(
        "compare",
        new Class<?>[] {Conversation.class, List.class, Document.class, CallOptions.class},
        conversation, List.of(PICTURE, second), CONTRACT, options);
    PromptInput input = inputs.get(0);
    assertThat(input.text()).isEqualTo("Compare the pictures with the contract.");
    assertThat(input.conversation()).isSameInstanceAs(conversation);
    assertThat(input.attachments()).containsExactly(PICTURE, second, CONTRACT).inOrder();
    assertThat(input.options()).isSameInstanceAs(options);
    assertThat(input.problems()).isEmpty();
    assertThat(methods.get(0).background()).isFalse();
  }

  @Test
  void nullSpecialArgumentsAreReportedByParameterName() throws Exception {
    call(
        "compare",
        new Class<?>[] {Conversation.class, List.class, Document.class, CallOptions.class},
        null, Arrays.asList(PICTURE, null), null, null);
    assertThat(inputs.get(0).problems())
        .containsExactly(
            "parameter conversation is null; pass a Conversation, e.g. Conversation.create()",
            "parameter pictures holds null at index 1; it takes Image or Document elements",
            "parameter contract is null; pass an attachment or remove it")
        .inOrder();
  }

  @Test
  void backgroundMethodsSayBackgroundInTheirDescriptor() throws Exception {
    call("report", new Class<?>[] {String.class}, "tides");
    call("think", new Class<?>[] {String.class, Conversation.class}, "life", Conversation.create());
    assertThat(methods.get(0).background()).isTrue();
    assertThat(methods.get(1).background()).isTrue();
    assertThat(inputs.get(1).conversation()).isNotNull();
  }

  private void call(String name, Class<?>[] types, Object... args) throws Exception {
    Method method = chatbot.getMethod(name, types);
    Object instance =
        chatbot.getClassLoader()
            .loadClass("com.example.Promptfit_Chatbot")
            .getConstructor(PromptInvoker.class)
            .newInstance(invoker);
    method.invoke(instance, args);
  }
}
