package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Conversations, attachments and {@code @Background} at compile time (API.md sections 9, 10 and
 * 12): the generated code passes them through {@code PromptInput} builder calls and the descriptor,
 * and each misuse is an error on the element at fault, with nothing generated.
 */
class SpecialParameterTest {

  private static Compilation compileChatbot() {
    return Compilations.compile(
        Compilations.resource("good/com/example/Chatbot.java"),
        Compilations.resource("good/com/example/BackgroundTutor.java"));
  }

  @Test
  void conversationsAttachmentsAndBackgroundCompileWithoutWarnings() {
    assertThat(compileChatbot()).succeededWithoutWarnings();
  }

  @Test
  void implementationMatchesGoldenFile() throws IOException {
    assertThat(compileChatbot())
        .generatedSourceFile("com.example.Promptfit_Chatbot")
        .contentsAsUtf8String()
        .isEqualTo(golden("Promptfit_Chatbot"));
  }

  @Test
  void backgroundOnTheInterfaceAppliesToEveryMethod() {
    assertThat(compileChatbot())
        .generatedSourceFile("com.example.Promptfit_BackgroundTutor")
        .contentsAsUtf8String()
        .contains(
            "PromptMethod.<String>builder(\"BackgroundTutor\", \"explain\", String.class)\n"
                + "          .model(\"gpt-5-mini\")\n"
                + "          .background(true)\n"
                + "          .build();");
  }

  @Test
  void anImageNamedInATemplateIsAnErrorOnTheParameter() {
    assertError(
        "ImageInTemplate",
        "Assistant.describe: parameter picture is a Image, which is never a placeholder: it is"
            + " attached after the message's text; remove {picture} from @Prompt",
        "Image picture");
  }

  @Test
  void aConversationNamedInInstructionsIsAnErrorOnTheParameter() {
    assertError(
        "ConversationInTemplate",
        "Assistant.chat: parameter conversation is a Conversation, which is never a placeholder:"
            + " its earlier turns are sent before the message; remove {conversation} from"
            + " @Instructions",
        "Conversation conversation");
  }

  @Test
  void aDocumentListNamedInATemplateIsAnErrorOnTheParameter() {
    assertError(
        "DocumentsInTemplate",
        "Assistant.summarise: parameter pages is a List<Document>, which is never a placeholder:"
            + " it is attached after the message's text; remove {pages} from @Prompt",
        "List<Document> pages");
  }

  @Test
  void aMethodTakesAtMostOneConversation() {
    assertError(
        "TwoConversations",
        "Assistant.chat: parameters first and second are both Conversation; a call continues one"
            + " conversation, so a method takes at most one",
        "Conversation second");
  }

  @Test
  void varOnAnAttachmentHasNoEffect() {
    assertError(
        "VarOnImage",
        "Assistant.describe: @Var on parameter picture has no effect: a Image parameter is never"
            + " a placeholder",
        "@Var(\"image\")");
  }

  @Test
  void anArrayOfImagesIsNotAnAttachmentForm() {
    assertError(
        "ImageArray",
        "Assistant.describe: parameter pictures is a dev.promptfit.Image[]; attachments are passed"
            + " as Image, Document, List<Image> or List<Document>, a conversation as Conversation",
        "Image[] pictures");
  }

  @Test
  void backgroundOnAChatMethodIsAnError() {
    assertError(
        "BackgroundOnChat",
        "Assistant.report: @Background needs the Responses API, and the method's @Model says"
            + " api = Api.CHAT_COMPLETIONS; background responses exist only on the Responses API,"
            + " so use api = Api.RESPONSES or remove @Background",
        "@Background");
  }

  @Test
  void backgroundOnAChatInterfaceIsAnErrorOnEachMethod() {
    assertError(
        "BackgroundOnChatInterface",
        "Assistant.report: @Background (on the interface) needs the Responses API, and the"
            + " method's @Model says api = Api.CHAT_COMPLETIONS; background responses exist only"
            + " on the Responses API, so use api = Api.RESPONSES or remove @Background",
        "String report(");
  }

  @Test
  void backgroundWhereItDoesNothingIsAnError() {
    assertError(
        "BackgroundOnClass",
        "Assistant: @Background is only allowed on interfaces and their methods, and Assistant is a"
            + " class",
        "@Background");
    assertError(
        "BackgroundOnDefaultMethod",
        "Assistant.twice: @Background on a default method has no effect; Promptfit reads it only"
            + " on abstract methods with @Prompt",
        "@Background");
  }

  private static void assertError(String file, String message, String line) {
    JavaFileObject source = Compilations.resource("bad/special/" + file + ".java");
    Compilations.Outcome outcome = Compilations.compileRecording(source);
    Compilation c = outcome.compilation();
    assertThat(c).failed();
    assertThat(c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList())
        .containsExactly(message);
    assertThat(c).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(outcome.generated()).isEmpty();
  }

  private static String golden(String simpleName) throws IOException {
    String path = "/expected/" + simpleName + ".java";
    try (InputStream in = SpecialParameterTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing golden file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
