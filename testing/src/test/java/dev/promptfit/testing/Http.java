package dev.promptfit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The JDK client, as the tests use it, and the request bodies Promptfit sends. */
final class Http {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** HTTP/1.1 explicitly: the JDK client would otherwise try an h2c upgrade on http:// URLs. */
  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Http() {}

  static HttpRequest.Builder request(FakeLlmServer server, String relativePath) {
    return HttpRequest.newBuilder(URI.create(server.url()).resolve(relativePath))
        .timeout(Duration.ofSeconds(30));
  }

  static HttpResponse<String> post(FakeLlmServer server, String relativePath, String body) {
    return send(
        request(server, relativePath)
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<InputStream> postStreaming(
      FakeLlmServer server, String relativePath, String body) {
    return send(
        request(server, relativePath)
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return CLIENT.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A Responses body as Promptfit writes it: a one-message input list. */
  static String responsesBody(String model, String instructions, String input, boolean stream) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("model", model);
    body.put("instructions", instructions);
    ObjectNode message = body.putArray("input").addObject();
    message.put("role", "user");
    message.put("content", input);
    if (stream) {
      body.put("stream", true);
    }
    return body.toString();
  }

  /** A Chat body as Promptfit writes it: system then user. */
  static String chatBody(
      String model, String instructions, String input, boolean stream, boolean includeUsage) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("model", model);
    ArrayNode messages = body.putArray("messages");
    ObjectNode system = messages.addObject();
    system.put("role", "system");
    system.put("content", instructions);
    ObjectNode user = messages.addObject();
    user.put("role", "user");
    user.put("content", input);
    if (stream) {
      body.put("stream", true);
      if (includeUsage) {
        body.putObject("stream_options").put("include_usage", true);
      }
    }
    return body.toString();
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
