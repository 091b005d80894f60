package dev.promptfit.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Pre-rendered SSE bodies with the field shapes of real OpenAI streams (PROTOCOL.md §1.1 and §2.1):
 * Responses events with {@code sequence_number}, {@code item_id}, {@code output_index}, {@code
 * content_index}, {@code logprobs} and {@code obfuscation}; Chat chunks with {@code id}, {@code
 * object}, {@code created}, {@code model}, {@code service_tier}, {@code system_fingerprint}, {@code
 * choices}, {@code usage:null} and {@code obfuscation}. Built once; deterministic (fixed seed).
 */
final class Bodies {
  private Bodies() {}

  /** A rendered body and the byte offset just after its first text delta event. */
  record Body(byte[] bytes, int afterFirstDelta, int deltas) {}

  private static final String[] WORDS = {
    "The", " sky", " is", " blue", " because", " of", " Ray", "leigh", " scattering", ":",
    " shorter", " wave", "lengths", " scatter", " more", " than", " longer", " ones", ".", "\n\n",
    " Light", " from", " the", " Sun", " reaches", " Earth", "'s", " atmosphere", " and", " collides",
    " with", " molecules", ",", " so", " blue", " light", " arrives", " from", " every", " direction",
    " —", " über", " café", " naïve", " 你好", " “quoted”", " 42", "%", " (", "e.g.", ")", " \"x\"",
  };

  private static final String ITEM_ID = "msg_0976c6df58902d6a0068c9ef3537f48196a252a62ce5661cef";
  private static final String RESP_ID = "resp_0976c6df58902d6a0068c9ef349f8881968e62cd0dd40b45bf";
  private static final String CHAT_ID = "chatcmpl-Dx0XbBenchmarkStream0000000001";

  static Body responses(int deltas) {
    Random random = new Random(42);
    return responses(deltas, random, () -> WORDS[random.nextInt(WORDS.length)]);
  }

  /** A Responses stream of {@code deltas} text deltas, each the next of {@code pieces}. */
  static Body responses(int deltas, Random random, Supplier<String> pieces) {
    StringBuilder text = new StringBuilder();
    Out out = new Out();
    int seq = 0;
    String base =
        "\"object\":\"response\",\"created_at\":1758064436,\"background\":false,\"error\":null,"
            + "\"incomplete_details\":null,\"instructions\":\"You are a terse assistant.\","
            + "\"max_output_tokens\":null,\"max_tool_calls\":null,\"model\":\"gpt-5-mini-2025-08-07\",";
    String tail =
        "\"parallel_tool_calls\":true,\"previous_response_id\":null,\"prompt_cache_key\":null,"
            + "\"reasoning\":{\"effort\":null,\"summary\":null},\"safety_identifier\":null,"
            + "\"service_tier\":\"auto\",\"store\":true,\"temperature\":1.0,"
            + "\"text\":{\"format\":{\"type\":\"text\"},\"verbosity\":\"medium\"},\"tool_choice\":\"auto\","
            + "\"tools\":[],\"top_logprobs\":0,\"top_p\":1.0,\"truncation\":\"auto\",";
    out.event(
        "response.created",
        "{\"type\":\"response.created\",\"sequence_number\":" + seq++ + ",\"response\":{\"id\":\""
            + RESP_ID + "\"," + base + "\"status\":\"in_progress\",\"output\":[]," + tail
            + "\"usage\":null,\"user\":null,\"metadata\":{}}}");
    out.event(
        "response.in_progress",
        "{\"type\":\"response.in_progress\",\"sequence_number\":" + seq++ + ",\"response\":{\"id\":\""
            + RESP_ID + "\"," + base + "\"status\":\"in_progress\",\"output\":[]," + tail
            + "\"usage\":null,\"user\":null,\"metadata\":{}}}");
    out.event(
        "response.output_item.added",
        "{\"type\":\"response.output_item.added\",\"sequence_number\":" + seq++
            + ",\"output_index\":0,\"item\":{\"id\":\"" + ITEM_ID
            + "\",\"type\":\"message\",\"status\":\"in_progress\",\"content\":[],\"role\":\"assistant\"}}");
    out.event(
        "response.content_part.added",
        "{\"type\":\"response.content_part.added\",\"sequence_number\":" + seq++ + ",\"item_id\":\""
            + ITEM_ID + "\",\"output_index\":0,\"content_index\":0,\"part\":{\"type\":\"output_text\","
            + "\"annotations\":[],\"logprobs\":[],\"text\":\"\"}}");
    int afterFirst = -1;
    for (int i = 0; i < deltas; i++) {
      String word = pieces.get();
      text.append(word);
      out.event(
          "response.output_text.delta",
          "{\"type\":\"response.output_text.delta\",\"sequence_number\":" + seq++ + ",\"item_id\":\""
              + ITEM_ID + "\",\"output_index\":0,\"content_index\":0,\"delta\":" + json(word)
              + ",\"logprobs\":[],\"obfuscation\":\"" + obfuscation(random, word) + "\"}");
      if (i == 0) {
        afterFirst = out.size();
      }
    }
    String full = json(text.toString());
    String part = "{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":" + full + "}";
    out.event(
        "response.output_text.done",
        "{\"type\":\"response.output_text.done\",\"sequence_number\":" + seq++ + ",\"item_id\":\""
            + ITEM_ID + "\",\"output_index\":0,\"content_index\":0,\"text\":" + full
            + ",\"logprobs\":[]}");
    out.event(
        "response.content_part.done",
        "{\"type\":\"response.content_part.done\",\"sequence_number\":" + seq++ + ",\"item_id\":\""
            + ITEM_ID + "\",\"output_index\":0,\"content_index\":0,\"part\":" + part + "}");
    String item =
        "{\"id\":\"" + ITEM_ID + "\",\"type\":\"message\",\"status\":\"completed\",\"content\":["
            + part + "],\"role\":\"assistant\"}";
    out.event(
        "response.output_item.done",
        "{\"type\":\"response.output_item.done\",\"sequence_number\":" + seq++
            + ",\"output_index\":0,\"item\":" + item + "}");
    out.event(
        "response.completed",
        "{\"type\":\"response.completed\",\"sequence_number\":" + seq++ + ",\"response\":{\"id\":\""
            + RESP_ID + "\"," + base + "\"status\":\"completed\",\"output\":[" + item + "]," + tail
            + "\"usage\":{\"input_tokens\":25,\"input_tokens_details\":{\"cached_tokens\":0},"
            + "\"output_tokens\":" + deltas + ",\"output_tokens_details\":{\"reasoning_tokens\":0},"
            + "\"total_tokens\":" + (deltas + 25) + "},\"user\":null,\"metadata\":{}}}");
    return new Body(out.bytes(), afterFirst, deltas);
  }

  static Body chat(int deltas) {
    Random random = new Random(43);
    return chat(deltas, random, () -> WORDS[random.nextInt(WORDS.length)]);
  }

  /** A Chat stream of {@code deltas} content deltas, each the next of {@code pieces}. */
  static Body chat(int deltas, Random random, Supplier<String> pieces) {
    Out out = new Out();
    String head =
        "{\"id\":\"" + CHAT_ID + "\",\"object\":\"chat.completion.chunk\",\"created\":1782955817,"
            + "\"model\":\"gpt-5-mini-2025-08-07\",\"service_tier\":\"default\","
            + "\"system_fingerprint\":\"fp_d0469e1700\",\"choices\":[";
    out.data(
        head + "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null},"
            + "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null,\"obfuscation\":\"KXjA1b\"}");
    int afterFirst = -1;
    for (int i = 0; i < deltas; i++) {
      String word = pieces.get();
      out.data(
          head + "{\"index\":0,\"delta\":{\"content\":" + json(word)
              + "},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null,\"obfuscation\":\""
              + obfuscation(random, word) + "\"}");
      if (i == 0) {
        afterFirst = out.size();
      }
    }
    out.data(
        head + "{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
            + "\"usage\":null,\"obfuscation\":\"pQ2\"}");
    out.data(
        head + "],\"usage\":{\"prompt_tokens\":25,\"completion_tokens\":" + deltas
            + ",\"total_tokens\":" + (deltas + 25) + ",\"prompt_tokens_details\":{\"cached_tokens\":0,"
            + "\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0,"
            + "\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},"
            + "\"obfuscation\":\"Zr\"}");
    out.data("[DONE]");
    return new Body(out.bytes(), afterFirst, deltas);
  }

  /** Real obfuscation pads short deltas with 2-16 random characters. */
  private static String obfuscation(Random random, String word) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    int n = Math.max(2, 16 - word.length());
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static final class Out {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);

    void event(String type, String json) {
      write("event: " + type + "\ndata: " + json + "\n\n");
    }

    void data(String json) {
      write("data: " + json + "\n\n");
    }

    private void write(String s) {
      bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    int size() {
      return bytes.size();
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }
}
