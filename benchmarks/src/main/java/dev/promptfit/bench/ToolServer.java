package dev.promptfit.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The loopback server of the tool benchmarks, in the manner of {@link SseServer}: every response
 * rendered once at start-up, so serving is one write.
 *
 * <ul>
 *   <li>{@code /v1/responses}, {@code /v1/chat/completions}: non-streamed JSON. A request that
 *       carries tool results ({@code function_call_output}, {@code "role":"tool"}) gets the final
 *       answer; any other gets one call of {@code temperature}. So each call of the client is one
 *       tool round: two requests answered at once.
 *   <li>{@code /decode/v1/...}: an event stream of one tool call whose arguments arrive in {@code
 *       deltas} pieces, as the services stream them.
 * </ul>
 */
final class ToolServer implements Closeable {
  static final String ARGUMENTS = "{\"city\":\"Oslo\",\"country\":\"NO\"}";
  static final String ANSWER = "It is 7.5 degrees in Oslo.";

  private final ServerSocket socket;
  private final byte[] responsesCall;
  private final byte[] responsesAnswer;
  private final byte[] chatCall;
  private final byte[] chatAnswer;
  private final byte[] responsesDecode;
  private final byte[] chatDecode;
  private final int argumentsLength;
  private volatile boolean closed;

  ToolServer(int deltas) throws IOException {
    this.responsesCall = json(responsesObject(true));
    this.responsesAnswer = json(responsesObject(false));
    this.chatCall = json(chatObject(true));
    this.chatAnswer = json(chatObject(false));
    String[] pieces = pieces(deltas);
    this.argumentsLength = String.join("", pieces).length();
    this.responsesDecode = sse(responsesStream(pieces));
    this.chatDecode = sse(chatStream(pieces));
    this.socket = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "tool-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/v1/";
  }

  String decodeUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/decode/v1/";
  }

  /** The length of the streamed call's whole arguments, which every decoding path must rebuild. */
  int argumentsLength() {
    return argumentsLength;
  }

  /** {@code {"v":"xx...x"}} in {@code deltas} pieces: the opening, one char each, the closing. */
  private static String[] pieces(int deltas) {
    String[] pieces = new String[deltas];
    pieces[0] = "{\"v\":\"";
    for (int i = 1; i < deltas - 1; i++) {
      pieces[i] = "x";
    }
    pieces[deltas - 1] = "\"}";
    return pieces;
  }

  private static ObjectNode usage(ObjectNode parent, boolean chat) {
    ObjectNode usage = parent.putObject("usage");
    if (chat) {
      usage.put("prompt_tokens", 50).put("completion_tokens", 10).put("total_tokens", 60);
    } else {
      usage.put("input_tokens", 50).put("output_tokens", 10).put("total_tokens", 60);
    }
    return usage;
  }

  private static ObjectNode responsesObject(boolean call) {
    ObjectNode response =
        Clients.MAPPER.createObjectNode()
            .put("id", call ? "resp_call" : "resp_answer")
            .put("object", "response")
            .put("status", "completed")
            .put("model", "gpt-5-mini-2025-08-07");
    ArrayNode output = response.putArray("output");
    if (call) {
      output.addObject()
          .put("type", "function_call")
          .put("id", "fc_1")
          .put("call_id", "call_1")
          .put("name", "temperature")
          .put("arguments", ARGUMENTS)
          .put("status", "completed");
    } else {
      ObjectNode message =
          output.addObject()
              .put("type", "message")
              .put("id", "msg_1")
              .put("role", "assistant")
              .put("status", "completed");
      message.putArray("content").addObject()
          .put("type", "output_text").put("text", ANSWER).putArray("annotations");
    }
    usage(response, false);
    return response;
  }

  private static ObjectNode chatObject(boolean call) {
    ObjectNode root =
        Clients.MAPPER.createObjectNode()
            .put("id", call ? "chatcmpl-call" : "chatcmpl-answer")
            .put("object", "chat.completion")
            .put("model", "gpt-5-mini-2025-08-07");
    ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
    ObjectNode message = choice.putObject("message").put("role", "assistant");
    if (call) {
      message.putNull("content");
      ObjectNode tool = message.putArray("tool_calls").addObject().put("id", "call_1");
      tool.put("type", "function");
      tool.putObject("function").put("name", "temperature").put("arguments", ARGUMENTS);
      choice.put("finish_reason", "tool_calls");
    } else {
      message.put("content", ANSWER);
      choice.put("finish_reason", "stop");
    }
    usage(root, true);
    return root;
  }

  private static String responsesStream(String[] pieces) {
    StringBuilder sse = new StringBuilder();
    int seq = 0;
    ObjectNode created = Clients.MAPPER.createObjectNode().put("type", "response.created");
    created.putObject("response").put("id", "resp_decode").put("status", "in_progress");
    sse.append(event(created, seq++));
    ObjectNode item =
        Clients.MAPPER.createObjectNode()
            .put("id", "fc_1").put("type", "function_call").put("status", "in_progress")
            .put("arguments", "").put("call_id", "call_1").put("name", "temperature");
    ObjectNode added =
        Clients.MAPPER.createObjectNode().put("type", "response.output_item.added").put("output_index", 0);
    added.set("item", item);
    sse.append(event(added, seq++));
    for (String piece : pieces) {
      sse.append(
          event(
              Clients.MAPPER.createObjectNode()
                  .put("type", "response.function_call_arguments.delta")
                  .put("item_id", "fc_1")
                  .put("output_index", 0)
                  .put("delta", piece)
                  .put("obfuscation", "AbCdEf"),
              seq++));
    }
    String arguments = String.join("", pieces);
    sse.append(
        event(
            Clients.MAPPER.createObjectNode()
                .put("type", "response.function_call_arguments.done")
                .put("item_id", "fc_1")
                .put("output_index", 0)
                .put("arguments", arguments),
            seq++));
    ObjectNode doneItem = item.deepCopy().put("arguments", arguments).put("status", "completed");
    ObjectNode done =
        Clients.MAPPER.createObjectNode().put("type", "response.output_item.done").put("output_index", 0);
    done.set("item", doneItem);
    sse.append(event(done, seq++));
    ObjectNode completed = Clients.MAPPER.createObjectNode().put("type", "response.completed");
    ObjectNode response =
        completed.putObject("response").put("id", "resp_decode").put("status", "completed")
            .put("model", "gpt-5-mini-2025-08-07");
    response.putArray("output").add(doneItem);
    usage(response, false);
    sse.append(event(completed, seq));
    return sse.toString();
  }

  private static String chatStream(String[] pieces) {
    StringBuilder sse = new StringBuilder();
    sse.append(chunk("{\"role\":\"assistant\",\"content\":null}", null));
    sse.append(
        chunk(
            "{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":"
                + "{\"name\":\"temperature\",\"arguments\":\"\"}}]}",
            null));
    for (String piece : pieces) {
      ObjectNode delta = Clients.MAPPER.createObjectNode();
      delta.putArray("tool_calls").addObject().put("index", 0).putObject("function")
          .put("arguments", piece);
      sse.append(chunk(delta.toString(), null));
    }
    sse.append(chunk("{}", "tool_calls"));
    sse.append(
        "data: {\"id\":\"chatcmpl-decode\",\"object\":\"chat.completion.chunk\",\"model\":"
            + "\"gpt-5-mini-2025-08-07\",\"choices\":[],\"usage\":{\"prompt_tokens\":50,"
            + "\"completion_tokens\":10,\"total_tokens\":60}}\n\n");
    sse.append("data: [DONE]\n\n");
    return sse.toString();
  }

  private static String chunk(String delta, String finish) {
    return "data: {\"id\":\"chatcmpl-decode\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"gpt-5-mini-2025-08-07\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,"
        + "\"delta\":" + delta + ",\"logprobs\":null,\"finish_reason\":"
        + (finish == null ? "null" : "\"" + finish + "\"") + "}],\"obfuscation\":\"AbC\"}\n\n";
  }

  private static String event(ObjectNode data, int seq) {
    data.put("sequence_number", seq);
    return "event: " + data.get("type").asText() + "\ndata: " + data + "\n\n";
  }

  private static byte[] json(ObjectNode body) {
    return withHeaders("application/json", body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sse(String body) {
    return withHeaders("text/event-stream; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] withHeaders(String type, byte[] body) {
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                + "\r\nx-request-id: req_benchmark\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = socket.accept();
        client.setTcpNoDelay(true);
        Thread t = new Thread(() -> serve(client), "tool-server-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          e.printStackTrace();
        }
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = new BufferedInputStream(client.getInputStream(), 8192);
      OutputStream out = client.getOutputStream();
      StringBuilder line = new StringBuilder(256);
      while (true) {
        String requestLine = readLine(in, line);
        if (requestLine == null) {
          return;
        }
        if (requestLine.isEmpty()) {
          continue;
        }
        int length = 0;
        for (String h; (h = readLine(in, line)) != null && !h.isEmpty(); ) {
          int colon = h.indexOf(':');
          if (colon > 0
              && h.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
            length = Integer.parseInt(h.substring(colon + 1).trim());
          }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        String path = requestLine.split(" ", 3)[1];
        boolean chat = path.endsWith("/chat/completions");
        if (path.startsWith("/decode/")) {
          out.write(chat ? chatDecode : responsesDecode);
        } else if (body.contains("\"function_call_output\"") || body.contains("\"role\":\"tool\"")) {
          out.write(chat ? chatAnswer : responsesAnswer);
        } else {
          out.write(chat ? chatCall : responsesCall);
        }
        out.flush();
      }
    } catch (SocketException e) {
      // The client closed the connection.
    } catch (IOException e) {
      if (!closed) {
        e.printStackTrace();
      }
    }
  }

  private static String readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    for (int b; (b = in.read()) != -1; ) {
      if (b == '\n') {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
          line.setLength(n - 1);
        }
        return line.toString();
      }
      line.append((char) b);
    }
    return line.length() == 0 ? null : line.toString();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
  }
}
