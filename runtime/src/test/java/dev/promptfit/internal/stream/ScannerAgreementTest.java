package dev.promptfit.internal.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.internal.stream.FixtureTest.Fixture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanners read plain events exactly as Jackson does and leave everything else to it: checked
 * on every event of the recorded fixtures, on thousands of mutations of them, and on strings with
 * every kind of escape and character.
 */
class ScannerAgreementTest {
  private static final byte[] INTERESTING =
      "\"\\{}[],: 0-+.eEtfnu/\t\n\r\u007f".getBytes(UTF_8);
  private static final int[] RAW = {0x00, 0x01, 0x1F, 0x80, 0xBF, 0xC0, 0xC3, 0xE0, 0xED, 0xF0, 0xF4, 0xF8, 0xFE, 0xFF};

  static final String RESPONSES_DELTA =
      "{\"type\":\"response.output_text.delta\",\"sequence_number\":12,\"item_id\":\"msg_0976c6\","
          + "\"output_index\":0,\"content_index\":0,\"delta\":\" sky\",\"logprobs\":[],"
          + "\"obfuscation\":\"aBc9\"}";
  static final String CHAT_CHUNK =
      "{\"id\":\"chatcmpl-Dx0\",\"object\":\"chat.completion.chunk\",\"created\":1782955817,"
          + "\"model\":\"gpt-5-mini\",\"service_tier\":\"default\",\"system_fingerprint\":\"fp_d0\","
          + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\" sky\"},\"logprobs\":null,"
          + "\"finish_reason\":null}],\"usage\":null,\"obfuscation\":\"KXjA\"}";

  @Test
  void theCommonShapesAreScanned() {
    assertTrue(ScannerAgreement.checkResponses(RESPONSES_DELTA.getBytes(UTF_8)));
    assertTrue(ScannerAgreement.checkChat(CHAT_CHUNK.getBytes(UTF_8), false));
    // The id and model a stream still needs are read by Jackson, from the first chunk only.
    assertFalse(ScannerAgreement.checkChat(CHAT_CHUNK.getBytes(UTF_8), true));
  }

  @Test
  void whatNeedsJacksonIsLeftToIt() {
    for (String responses :
        List.of(
            "{\"type\":\"error\",\"message\":\"m\"}",
            "{\"type\":\"response.completed\",\"response\":{}}",
            "{\"type\":\"x\",\"error\":null}",
            "{\"type\":5}",
            "{\"type\":\"caf\u00e9\"}",
            "{\"type\":\"x\",\"delta\":\"a\",}",
            "{\"type\":\"x\",\"n\":01}",
            "{\"type\":\"x\",\"n\":1.}",
            "{\"type\":\"x\",\"n\":truex}",
            "{\"d\\u0065lta\":\"x\"}",
            "\u00ef\u00bb\u00bf{}",
            "{\"a\":\"\u0001\"}",
            "[]")) {
      assertFalse(
          ScannerAgreement.checkResponses(responses.getBytes(UTF_8)), () -> "scanned " + responses);
    }
    for (String chat :
        List.of(
            "{\"choices\":[],\"usage\":{\"prompt_tokens\":1}}",
            "{\"x_groq\":{}}",
            "{\"error\":{\"message\":\"m\"}}")) {
      assertFalse(ScannerAgreement.checkChat(chat.getBytes(UTF_8), true), () -> "scanned " + chat);
    }
    byte[] nulAfterRoot = {'{', '}', 0, ' '};
    assertFalse(ScannerAgreement.checkResponses(nulAfterRoot), "Jackson fails on a NUL here");
    byte[] overlong = "{\"delta\":\"\u00c0\u00af\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertFalse(ScannerAgreement.checkResponses(overlong), "overlong UTF-8 is Jackson's call");
  }

  @Test
  void everyFixtureEventAgreesAndTextDeltasAreScanned() throws IOException {
    int scanned = 0;
    int deltas = 0;
    for (Fixture fixture : FixtureTest.fixtures()) {
      for (byte[] data : payloads(fixture.bytes())) {
        boolean read =
            fixture.chat()
                ? ScannerAgreement.checkChat(data, true) | ScannerAgreement.checkChat(data, false)
                : ScannerAgreement.checkResponses(data);
        boolean delta =
            fixture.chat() ? ScannerAgreement.isPlainChatDelta(data) : ScannerAgreement.isTextDelta(data);
        assertTrue(!read || delta, () -> "scanned an event that is not a plain text delta: " + new String(data, UTF_8));
        deltas += delta && hasText(fixture.chat(), data) ? 1 : 0;
        scanned += read ? 1 : 0;
      }
    }
    // The hot path is the text delta; the few it leaves (unusual escapes, say) go to Jackson.
    assertTrue(scanned >= deltas * 95 / 100, scanned + " of " + deltas + " text deltas scanned");
  }

  private static boolean hasText(boolean chat, byte[] data) {
    return !chat || new String(data, UTF_8).contains("\"content\":\"");
  }

  @Test
  void mutationsAgree() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    seeds.add(RESPONSES_DELTA.getBytes(UTF_8));
    seeds.add(CHAT_CHUNK.getBytes(UTF_8));
    for (Fixture fixture : FixtureTest.fixtures()) {
      List<byte[]> data = payloads(fixture.bytes());
      // A few events per file, the small ones: deltas of every shape the servers send.
      for (int i = 0; i < data.size(); i += Math.max(1, data.size() / 8)) {
        if (data.get(i).length < 1500) {
          seeds.add(data.get(i));
        }
      }
    }
    Random random = new Random(5);
    int scannedMutants = 0;
    for (byte[] seed : seeds) {
      for (int m = 0; m < 60; m++) {
        byte[] mutant = mutate(seed, random);
        boolean a = ScannerAgreement.checkResponses(mutant);
        boolean b = ScannerAgreement.checkChat(mutant, m % 2 == 0);
        scannedMutants += a || b ? 1 : 0;
      }
    }
    assertTrue(scannedMutants > 100, "mutants scanned: " + scannedMutants);
  }

  @Test
  void stringsOfEveryKindDecodeAsJacksonDecodesThem() {
    Random random = new Random(11);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      StringBuilder json = new StringBuilder("{\"type\":\"response.output_text.delta\",\"delta\":\"");
      int length = random.nextInt(12);
      for (int c = 0; c < length; c++) {
        int cp = codePoint(random);
        text.appendCodePoint(cp);
        appendJson(json, cp, random);
      }
      json.append("\"}");
      byte[] bytes = json.toString().getBytes(UTF_8);
      assertTrue(ScannerAgreement.checkResponses(bytes), () -> "not scanned: " + json);
      ResponsesEvent event = new ResponsesEvent();
      new ResponsesEventScanner().scan(bytes, bytes.length, event);
      assertEquals(text.toString(), event.delta);
    }
  }

  @Test
  void choiceIndexesAreReadAsJacksonReadsThem() {
    for (String index :
        List.of("0", "-0", "1", "null", "0.0", "1e0", "2147483647", "2147483648", "-2147483649",
            "99999999999", "\"0\"", "[]", "{}", "true")) {
      String chunk =
          "{\"choices\":[{\"index\":" + index + ",\"delta\":{\"content\":\"x\"}}]}";
      assertTrue(ScannerAgreement.checkChat(chunk.getBytes(UTF_8), true), index);
    }
  }

  private static int codePoint(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> random.nextInt(0x20);
      case 1 -> 0x20 + random.nextInt(0x60);
      case 2 -> 0x80 + random.nextInt(0x780);
      case 3 -> 0x800 + random.nextInt(0xD800 - 0x800);
      case 4 -> 0xE000 + random.nextInt(0x2000);
      default -> 0x10000 + random.nextInt(0x100000);
    };
  }

  /** Appends {@code cp} to a JSON string: escaped in one of the ways JSON allows, or raw. */
  private static void appendJson(StringBuilder json, int cp, Random random) {
    boolean mustEscape = cp < 0x20 || cp == '"' || cp == '\\';
    if (!mustEscape && random.nextInt(3) > 0) {
      json.appendCodePoint(cp);
      return;
    }
    String shortForm =
        switch (cp) {
          case '"' -> "\\\"";
          case '\\' -> "\\\\";
          case '\n' -> "\\n";
          case '\t' -> "\\t";
          case '\r' -> "\\r";
          case '\b' -> "\\b";
          case '\f' -> "\\f";
          case '/' -> "\\/";
          default -> null;
        };
    if (shortForm != null && random.nextBoolean()) {
      json.append(shortForm);
      return;
    }
    for (char c : Character.toChars(cp)) {
      String hex = String.format("\\u%04x", (int) c);
      json.append(random.nextBoolean() ? hex : hex.toUpperCase(java.util.Locale.ROOT).replace("\\U", "\\u"));
    }
  }

  static byte[] mutate(byte[] seed, Random random) {
    byte[] bytes = seed.clone();
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && bytes.length > 0; e++) {
      int at = random.nextInt(bytes.length);
      byte value =
          random.nextBoolean()
              ? INTERESTING[random.nextInt(INTERESTING.length)]
              : (byte) RAW[random.nextInt(RAW.length)];
      bytes =
          switch (random.nextInt(4)) {
            case 0 -> concat(slice(bytes, 0, at), slice(bytes, at + 1, bytes.length));
            case 1 -> concat(slice(bytes, 0, at), new byte[] {value}, slice(bytes, at, bytes.length));
            case 2 -> {
              bytes[at] = value;
              yield bytes;
            }
            default -> slice(bytes, 0, at);
          };
    }
    return bytes;
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] part : parts) {
      n += part.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  /** The data of every {@code data:} line of a fixture but {@code [DONE]}. */
  static List<byte[]> payloads(byte[] sse) {
    List<byte[]> payloads = new ArrayList<>();
    for (String line : new String(sse, UTF_8).split("\n")) {
      if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
        payloads.add(line.substring("data: ".length()).getBytes(UTF_8));
      }
    }
    return payloads;
  }
}
