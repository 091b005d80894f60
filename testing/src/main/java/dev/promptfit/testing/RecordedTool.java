package dev.promptfit.testing;

import org.jspecify.annotations.Nullable;

/**
 * A tool the client offered the model: Responses {@code {type: "function", name, description,
 * parameters, strict}}, Chat {@code {type: "function", function: {name, description, parameters,
 * strict}}}; hosted tools ({@code web_search}, ...) keep only their type.
 *
 * <pre><code>
 * RecordedTool tool = server.takeRequest().tools().get(0);
 * assertEquals("temperature", tool.name());
 * assertEquals(Boolean.TRUE, tool.strict());
 * assertTrue(tool.parameters().contains("\"required\":[\"city\",\"country\"]"));
 * </code></pre>
 *
 * @param type {@code function}, or a hosted tool's type
 * @param name the function's name, or null
 * @param description its description, or null when not sent
 * @param parameters its parameters JSON schema as compact JSON text (key order as sent), or null
 * @param strict its {@code strict} flag, or null when not sent
 */
public record RecordedTool(
    String type,
    @Nullable String name,
    @Nullable String description,
    @Nullable String parameters,
    @Nullable Boolean strict) {}
