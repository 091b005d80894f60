package dev.promptfit.opentelemetry;

/**
 * Not API. The opt-in content attributes as the conventions' JSON schemas shape them ({@code
 * gen-ai-system-instructions.json}, {@code gen-ai-input-messages.json}, {@code
 * gen-ai-output-messages.json}): text parts only, which is all a prompt call sends and receives.
 * Written by hand so the module needs no JSON library.
 */
final class Messages {
  private Messages() {}

  /** {@code [{"type":"text","content":...}]}. */
  static String systemInstructions(String instructions) {
    StringBuilder json = new StringBuilder(instructions.length() + 32).append('[');
    textPart(json, instructions);
    return json.append(']').toString();
  }

  /** {@code [{"role":"user","parts":[{"type":"text","content":...}]}]}. */
  static String userMessage(String prompt) {
    StringBuilder json = new StringBuilder(prompt.length() + 48).append("[{\"role\":\"user\",\"parts\":[");
    textPart(json, prompt);
    return json.append("]}]").toString();
  }

  /**
   * {@code [{"role":"assistant","parts":[{"type":"text","content":...}],"finish_reason":...}]}; the
   * Chat vocabulary's {@code tool_calls} becomes the schema's {@code tool_call}.
   */
  static String assistantMessage(String text, String finishReason) {
    StringBuilder json =
        new StringBuilder(text.length() + 80).append("[{\"role\":\"assistant\",\"parts\":[");
    if (!text.isEmpty()) {
      textPart(json, text);
    }
    json.append("],\"finish_reason\":");
    string(json, finishReason.equals("tool_calls") ? "tool_call" : finishReason);
    return json.append("}]").toString();
  }

  private static void textPart(StringBuilder json, String content) {
    json.append("{\"type\":\"text\",\"content\":");
    string(json, content);
    json.append('}');
  }

  /** A JSON string literal (RFC 8259 §7): quotes, backslashes and control characters escaped. */
  static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
