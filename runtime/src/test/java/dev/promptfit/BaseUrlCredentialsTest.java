package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials in a base URL ({@code https://user:password@host/v1/}) are refused: OkHttp never
 * sends them, and the URL is printed by {@code toString()}, {@code baseUrl()}, logs and errors. The
 * refusal names the problem without echoing the secret.
 */
class BaseUrlCredentialsTest {
  private static final String SECRET = "pa55-canary-9f2c";

  @RegisterExtension final ServedClient served = ServedClient.serverOnly();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://user:" + SECRET + "@api.example.com/v1/",
        "https://" + SECRET + "@api.example.com/v1",
        "https://user:" + SECRET + "@api.example.com",
        "htps://user:" + SECRET + "@api.example.com/v1/",
        "https://user:" + SECRET + "@",
      })
  void aUrlWithUserInfoIsRefusedWithoutEchoingIt(String url) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Promptfit.builder().baseUrl(url));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertTrue(e.getMessage().startsWith("baseUrl"), e.getMessage());
  }

  @Test
  void theRefusalSaysWhatToDoInstead() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Promptfit.builder().baseUrl("https://user:" + SECRET + "@api.example.com/v1/"));
    assertTrue(e.getMessage().contains("user name or password"), e.getMessage());
    assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
    assertTrue(e.getMessage().contains("api.example.com"), e.getMessage());
  }

  @Test
  void aLocalServerUrlWithUserInfoIsRefusedToo() {
    String url = served.server().url("/v1/").newBuilder().username("u").password(SECRET).build().toString();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> served.builder().baseUrl(url));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertEquals(0, served.server().getRequestCount());
  }

  @Test
  void theEnvironmentIsCheckedTheSameWay() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Promptfit.builderFromEnvironment(
                    Map.of("PROMPTFIT_BASE_URL", "https://u:" + SECRET + "@api.example.com/v1")));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void aUrlWithoutUserInfoStillWorks() {
    assertEquals(
        "https://api.example.com/v1/",
        Promptfit.builder().baseUrl("https://api.example.com/v1").build().baseUrl());
  }
}
