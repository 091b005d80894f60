package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.RecordedLlmRequest;
import dev.promptfit.testing.RecordedPart;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Images and documents on the wire, after the prompt's text, on both endpoints. */
class AttachmentWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] PNG = TestImages.png(3, 2);

  private final FakeLlmServer server = new FakeLlmServer();
  private final Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build();
  private final TestChatbot bot = promptfit.create(TestChatbot.class);

  @AfterEach
  void close() {
    promptfit.close();
    server.close();
  }

  @Test
  void responsesSendsInputImageAndInputFileAfterTheText() throws Exception {
    Image image = Image.of(PNG, "image/png").detail(Image.Detail.HIGH);
    Document document = Document.of(TestImages.pdf(), "contract.pdf");
    // The echo answer names the attachments, as an offline example shows them.
    assertEquals(
        "Echo: Compare. [2 attachments: image/png, application/pdf]",
        bot.describe("Compare.", image, document, CallOptions.builder().api(Api.RESPONSES).build()));

    JsonNode content = JSON.readTree(server.takeRequest().body()).get("input").get(0).get("content");
    assertEquals(3, content.size());
    assertEquals("input_text", content.get(0).get("type").asText());
    assertEquals("Compare.", content.get(0).get("text").asText());
    JsonNode sentImage = content.get(1);
    assertEquals("input_image", sentImage.get("type").asText());
    assertEquals("high", sentImage.get("detail").asText());
    assertArrayEquals(PNG, bytesOf(sentImage.get("image_url").asText(), "data:image/png;base64,"));
    JsonNode sentFile = content.get(2);
    assertEquals("input_file", sentFile.get("type").asText());
    assertEquals("contract.pdf", sentFile.get("filename").asText());
    assertArrayEquals(
        TestImages.pdf(), bytesOf(sentFile.get("file_data").asText(), "data:application/pdf;base64,"));
  }

  @Test
  void chatSendsImageUrlAndFilePartsAfterTheText() throws Exception {
    Image image = Image.url("https://example.com/cat.jpg?size=large").detail(Image.Detail.LOW);
    Document document = Document.of(TestImages.pdf(), "contract.pdf");
    bot.describe("Compare.", image, document, CallOptions.builder().api(Api.CHAT_COMPLETIONS).build());

    JsonNode messages = JSON.readTree(server.takeRequest().body()).get("messages");
    JsonNode content = messages.get(messages.size() - 1).get("content");
    assertEquals("text", content.get(0).get("type").asText());
    assertEquals("Compare.", content.get(0).get("text").asText());
    assertEquals("image_url", content.get(1).get("type").asText());
    assertEquals("https://example.com/cat.jpg?size=large", content.get(1).get("image_url").get("url").asText());
    assertEquals("low", content.get(1).get("image_url").get("detail").asText());
    assertEquals("file", content.get(2).get("type").asText());
    assertEquals("contract.pdf", content.get(2).get("file").get("filename").asText());
    assertArrayEquals(
        TestImages.pdf(),
        bytesOf(content.get(2).get("file").get("file_data").asText(), "data:application/pdf;base64,"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.promptfit.ConversationWireTest#apisAndShapes")
  void everyReturnTypeAttachesItsImagesInOrder(Api api, ChatShape shape) {
    Image first = Image.of(PNG, "image/png");
    Image second = Image.url("https://example.com/b.webp");
    String answer =
        shape.run(bot, Conversation.create(), "Two.", List.of(first, second),
            CallOptions.builder().api(api).build());
    assertEquals("Echo: Two. [2 attachments: image/png, image/webp]", answer);
    RecordedLlmRequest request = server.takeRequest();
    List<String> urls = new ArrayList<>();
    for (RecordedPart part : request.attachments()) {
      urls.add(((RecordedPart.Image) part).url());
    }
    assertEquals(List.of(first.url(), "https://example.com/b.webp"), urls);
    assertEquals("Two.", request.input());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aMessageWithoutAttachmentsKeepsThePlainStringForm(Api api) throws Exception {
    bot.text(Conversation.create(), "Plain.", List.of(), CallOptions.builder().api(api).build());
    JsonNode body = JSON.readTree(server.takeRequest().body());
    JsonNode items = api == Api.RESPONSES ? body.get("input") : body.get("messages");
    JsonNode user = items.get(items.size() - 1);
    assertTrue(user.get("content").isTextual(), user.toString());
  }

  @Test
  void nullAttachmentsAreRefusedNamingTheParameterBeforeAnyRequest() {
    Document document = Document.of(TestImages.pdf(), "a.pdf");
    IllegalArgumentException image =
        assertThrows(
            IllegalArgumentException.class,
            () -> bot.describe("Q", null, document, CallOptions.none()));
    assertEquals(
        "TestChatbot.describe: parameter image is null; pass an attachment or remove it",
        image.getMessage());
    List<Image> holes = new ArrayList<>();
    holes.add(Image.of(PNG, "image/png"));
    holes.add(null);
    IllegalArgumentException list =
        assertThrows(
            IllegalArgumentException.class,
            () -> bot.text(Conversation.create(), "Q", holes, CallOptions.none()));
    assertEquals(
        "TestChatbot.text: parameter images holds null at index 1; it takes Image or Document"
            + " elements",
        list.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> bot.text(Conversation.create(), "Q", null, CallOptions.none()));
    assertEquals(0, server.requestCount());
  }

  @Test
  void documentsLargerTogetherThanARequestTakesAreRefusedBeforeAnyRequest() {
    // Two PDFs of 17 MB each: each is fine alone, together over the 32 MB a request may carry.
    byte[] big = new byte[17 * 1024 * 1024];
    byte[] start = TestImages.pdf();
    System.arraycopy(start, 0, big, 0, start.length);
    Document one = Document.of(big, "one.pdf");
    Document two = Document.of(big, "two.pdf");
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> promptfit.create(DocumentPair.class).compare(one, two));
    assertEquals(
        "DocumentPair.compare: the documents attached hold 35,651,584 bytes together, over the"
            + " 33,554,432 (32 MB) the services accept for PDFs in one request; send fewer or"
            + " smaller documents",
        failure.getMessage());
    assertEquals(0, server.requestCount());
  }

  @Test
  void noStringFormPrintsTheBytes() {
    Image image = Image.of(PNG, "image/png");
    String printed =
        String.valueOf(
            dev.promptfit.internal.PromptInput.builder()
                .text("secret prompt")
                .attach("image", image)
                .build());
    assertFalse(printed.contains("base64") || printed.contains("secret"), printed);
    ConversationMessage.Attachment stored =
        new ConversationMessage.Attachment(
            ConversationMessage.Attachment.Kind.IMAGE, image.url(), "auto", null);
    assertEquals("IMAGE{data:image/png;base64,(" + (image.url().length() - 22) + " chars)}", stored.toString());
    assertFalse(
        new dev.promptfit.internal.request.ImagePart(image.url(), "auto").toString().contains("base64"));
  }

  private static byte[] bytesOf(String dataUrl, String prefix) {
    assertTrue(dataUrl.startsWith(prefix), dataUrl.substring(0, Math.min(40, dataUrl.length())));
    return Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
  }
}
